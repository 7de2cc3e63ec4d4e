import Foundation
import SWXMLHash
import TallyCore
import ZIPFoundation

/// One worksheet of an `.xlsx` workbook as CSV text (first sheet, or `--sheet NAME`).
///
/// The small parts of the workbook (its sheet list, relationships and number
/// formats) are read with SWXMLHash. The two large parts, the shared strings and the
/// sheet's cells, are scanned by ``SheetXML`` as they are inflated, in one pass each:
/// a document tree of a 100,000-row sheet would cost far more time and memory than the
/// rows themselves, and the sheet's XML (60 MB for 100,000 rows) is never held whole.
///
/// Cells become CSV fields: shared and inline strings as text, numbers as written,
/// booleans as TRUE/FALSE, error values (`#N/A`) as written (so a count reads as an
/// error), and numbers in a date format as `YYYY-MM-DD` (Excel's day serials, 1900 or
/// 1904 system; midnight and the day's last minute are dropped, any other time of day is
/// written `Thh:mm:ss` so that the reader refuses it, as in a CSV). Line `n` of the text is row `n + offset`.
enum XLSXReader {
    static func read(_ archive: Archive, name: String, options: InputOptions) throws(TallyError) -> OpenedInput {
        /// A small part, whole: bounded in size as it is inflated and in depth before
        /// it is parsed into a tree.
        func part(_ path: String) throws(TallyError) -> Data? {
            guard let entry = archive[path] else { return nil }
            let tooLarge = TallyError.data("\(name): \(path) is larger than \(XLSXLimits.mib(XLSXLimits.smallPart)) unpacked (Excel writes a few kilobytes): a damaged workbook or a zip bomb; \(XLSXLimits.saveAsCSV)")
            guard entry.uncompressedSize <= UInt64(XLSXLimits.smallPart) else { throw tooLarge }
            var data = Data()
            do {
                _ = try archive.extract(entry, bufferSize: 1 << 16) { piece in
                    guard data.count + piece.count <= XLSXLimits.smallPart else { throw tooLarge }
                    data.append(piece)
                }
            } catch let e as TallyError {
                throw e
            } catch {
                throw .data("\(name): cannot unpack \(path) (\(error)); the workbook may be damaged")
            }
            guard try SheetXML.depth(data, name: "\(name) [\(path)]", limit: XLSXLimits.smallPartDepth) <= XLSXLimits.smallPartDepth else {
                throw .data("\(name): \(path) nests its XML more than \(XLSXLimits.smallPartDepth) levels deep (Excel writes about 5): a damaged workbook; \(XLSXLimits.saveAsCSV)")
            }
            return data
        }
        guard let workbookData = try part("xl/workbook.xml") else { throw .data("\(name): no xl/workbook.xml: not an Excel workbook") }
        let workbook = XMLHash.config { $0.shouldProcessNamespaces = true }.parse(workbookData)
        var sheets: [(name: String, rid: String)] = []
        for s in workbook["workbook"]["sheets"]["sheet"].all {
            guard let el = s.element, let n = el.attribute(by: "name")?.text else { continue }
            let rid = el.allAttributes.first(where: { $0.key == "id" || $0.key.hasSuffix(":id") })?.value.text ?? ""
            sheets.append((n, rid))
        }
        guard !sheets.isEmpty else { throw .data("\(name): the workbook lists no worksheets") }
        let date1904: Bool = {
            let v = workbook["workbook"]["workbookPr"].element?.attribute(by: "date1904")?.text ?? ""
            return v == "1" || v.lowercased() == "true"
        }()
        let chosen: (name: String, rid: String)
        if let wanted = options.sheet {
            guard let s = sheets.first(where: { $0.name == wanted }) ?? sheets.first(where: { $0.name.lowercased() == wanted.lowercased() }) else {
                throw .usage("\(name): --sheet \(wanted): no such worksheet; the workbook has: \(sheets.map { "\"\($0.name)\"" }.joined(separator: ", "))")
            }
            chosen = s
        } else {
            chosen = sheets[0]
        }
        // The sheet's file, from the workbook's relationships.
        var target = "xl/worksheets/sheet1.xml"
        if let rels = try part("xl/_rels/workbook.xml.rels") {
            let doc = XMLHash.config { $0.shouldProcessNamespaces = true }.parse(rels)
            for r in doc["Relationships"]["Relationship"].all {
                guard let el = r.element, el.attribute(by: "Id")?.text == chosen.rid, let t = el.attribute(by: "Target")?.text else { continue }
                target = t.hasPrefix("/") ? String(t.dropFirst()) : "xl/" + t
            }
        }
        guard let sheetEntry = archive[target] else {
            throw .data("\(name): worksheet \"\(chosen.name)\" (\(target)) is missing from the workbook")
        }
        let dateStyles = try part("xl/styles.xml").map(dateStyleIndexes) ?? []
        // The two large parts are scanned piece by piece as ZIPFoundation inflates them.
        func stream(_ entry: Entry, _ path: String, into handler: some SheetXML.PartHandler, name partName: String) throws(TallyError) {
            var reader = SheetXML.PartReader(name: partName)
            // A zip bomb is refused from the sizes the archive declares, before inflating,
            // and from the bytes actually inflated (declared sizes can lie).
            let packed = max(entry.compressedSize, 1)
            func bomb(_ inflated: UInt64) -> TallyError {
                .data("\(name): \(path) inflates to more than \(XLSXLimits.ratio) times its packed size (\(packed) bytes packed, \(inflated >> 20) MiB unpacked\(inflated < entry.uncompressedSize ? " so far" : "")): a zip bomb or a damaged workbook; \(XLSXLimits.saveAsCSV)")
            }
            func overRatio(_ inflated: UInt64) -> Bool {
                inflated > UInt64(XLSXLimits.ratioFloor) && inflated / packed >= UInt64(XLSXLimits.ratio)
            }
            if overRatio(entry.uncompressedSize) { throw bomb(entry.uncompressedSize) }
            var inflated: UInt64 = 0
            do {
                _ = try archive.extract(entry, bufferSize: 1 << 18) { data in
                    inflated += UInt64(data.count)
                    if overRatio(inflated) { throw bomb(inflated) }
                    try data.withUnsafeBytes { b in try reader.feed(b, to: handler) }
                }
            } catch let e as TallyError {
                throw e
            } catch {
                throw .data("\(name): cannot unpack \(path) (\(error)); the workbook may be damaged")
            }
            try reader.finish(to: handler)
        }
        let strings = SheetXML.SharedStringsReader()
        if let entry = archive["xl/sharedStrings.xml"] {
            try stream(entry, "xl/sharedStrings.xml", into: strings, name: name + " [xl/sharedStrings.xml]")
        }
        let sheet = SheetXML.SheetCSV(strings: strings.strings, dateStyles: dateStyles, date1904: date1904,
                                      name: "\(name) [sheet \"\(chosen.name)\"]")
        try stream(sheetEntry, target, into: sheet, name: "\(name) [sheet \"\(chosen.name)\"]")
        let csv: [UInt8], offset: Int, shifts: [LineShift]
        do {
            (csv, offset) = try sheet.finish()
            shifts = sheet.shifts
        } catch {
            // An empty cover sheet first: say which sheet holds the data.
            guard options.sheet == nil && sheets.count > 1 else { throw error }
            throw TallyError(exitCode: error.exitCode, message: error.message
                + otherSheetsAdvice(archive, name: name, sheets: sheets.map(\.name), options: options))
        }
        if options.sheet == nil && sheets.count > 1, let head = headerNames(csv) {
            try refuseSheetsAlike(archive, name: name, sheets: sheets.map(\.name), first: head, options: options, date1904: date1904, firstText: csv)
        }
        var d = InputDescription()
        if sheet.lastRow == XLSXLimits.rows { d.notes.append(excelGridNote("\(name) [sheet \"\(chosen.name)\"]", row: true)) }
        d.sheets = sheets.map(\.name)
        d.sheetNamed = options.sheet != nil
        d.packaging.append("xlsx: sheet \"\(chosen.name)\"" + (sheets.count > 1 ? " (first of \(sheets.count); --sheet picks another)" : "")
                           .replacingOccurrences(of: "(first of", with: options.sheet == nil ? "(first of" : "(of"))
        d.encoding = "UTF-8 (xlsx)"
        d.date1904 = date1904
        d.formulasWithoutValue = sheet.formulasWithoutValue
        return OpenedInput(source: MemorySource(csv), description: d, locator: .rows(offset: offset, shifts: shifts, datedColumns: sheet.datedColumns))
    }

    /// readers11 F12 (loss): a sheet whose rows reach Excel's last row (1,048,576), or a
    /// CSV of exactly that many lines, is what a spreadsheet keeps of a longer export
    /// when it opens it (ACLED's global export is over two million rows): it drops the
    /// rest and warns only on screen, and the file saved from it is whole to the eye.
    /// Said on stderr, not refused: a file may end there by chance, and the rows it
    /// holds are read right; the note says how to tell and what to read instead.
    static func excelGridNote(_ place: String, row: Bool) -> String {
        "\(place): the \(row ? "sheet's rows reach" : "file has exactly") \(XLSXLimits.grouped(XLSXLimits.rows)) \(row ? "rows, Excel's last row" : "lines, the rows of Excel's grid"): "
            + "the mark of an export longer than a spreadsheet's grid, cut when it was opened (Excel and LibreOffice keep the first "
            + "\(XLSXLimits.grouped(XLSXLimits.rows)) lines and drop the rest); read as it stands, its figures may miss the rest "
            + "of the export: read the file as downloaded (the CSV, or its zip), or check the export's row count at the source"
    }

    /// The refusal of a formula with no value saved in a column the reader takes
    /// (`columns`: all of them when nil), naming its cell: read as empty, it would be a
    /// figure, date or name missing where a spreadsheet shows one.
    static func formulaWithoutValue(_ formulas: [Int: Int], columns: Set<Int>?, name: String) -> TallyError? {
        guard let (column, row) = formulas.filter({ columns?.contains($0.key) ?? true }).min(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { return nil }
        return .data("\(name): row \(row): cell \(SheetXML.columnName(column))\(row) holds a formula with no value saved (the workbook was "
                     + "written by a program that does not calculate formulas, such as a script using openpyxl, and never opened in a "
                     + "spreadsheet since): tally reads the values a spreadsheet saved, not formulas; open the workbook in Excel or "
                     + "LibreOffice and save it (the values are then stored), or save the sheet as CSV")
    }

    /// For a first sheet read by default and refused (a cover or notes sheet before
    /// the data): the other sheets whose first row is a header tally recognises, and
    /// the option that picks one; or, when none is, the sheets there are. Only on the
    /// way to a refusal, so reading the other sheets whole costs nothing otherwise.
    static func otherSheetsAdvice(_ archive: Archive, name: String, sheets: [String], options: InputOptions) -> String {
        var recognised: [(sheet: String, schema: Schema)] = []
        var counts: [(sheet: String, what: String)] = []
        for sheet in sheets.dropFirst() {
            var o = options
            o.sheet = sheet
            guard let opened = try? read(archive, name: name, options: o),
                  let head = try? InputOpener.readAhead(opened.source, Pipeline.maximumHeaderBytes),
                  let names = headerNames(head) else { continue }
            guard let layout = try? RowLayout(header: names.map(\.trimmingSpaces), file: name, extraColumns: []) else {
                // readers12 (audit11 F6): a sheet of published counts, said as what it is.
                let hint = RowLayout.exportHint(header: names.map(\.trimmingSpaces), missing: "")
                if hint.hasPrefix("; this is ") { counts.append((sheet, String(hint.dropFirst(2)))) }
                continue
            }
            recognised.append((sheet, layout.schema))
        }
        let all = sheets.map { "\"\($0)\"" }.joined(separator: ", ")
        let start = "; the workbook has \(sheets.count) sheets (\(all)) and the first is read unless one is named"
        switch recognised.count {
        case 0:
            if let c = counts.first {
                let also = counts.count > 1 ? " (and " + counts.dropFirst().prefix(3).map { "\"\($0.sheet)\"" }.joined(separator: ", ") + ")" : ""
                return start + "; sheet \"\(c.sheet)\"\(also): \(c.what)"
            }
            return start + ", but none of the others starts with a header tally recognises either: check the workbook, or save the data sheet as CSV"
        case 1:
            return start + ": sheet \"\(recognised[0].sheet)\" has a header read as \(recognised[0].schema.headerKind); give \(options.optionNames.sheet(recognised[0].sheet))"
        default:
            return start + ": sheets " + recognised.map { "\"\($0.sheet)\" (\($0.schema.headerKind))" }.joined(separator: ", ")
                + " have headers tally recognises; give \(options.optionNames.sheet(recognised[0].sheet)) or another of them"
        }
    }

    /// A workbook read from its first sheet by default, whose other sheets hold records
    /// under a header tally reads as the first's (one sheet a year, or a country: the
    /// same export's columns, or a native file's same columns): reading the first alone
    /// left the others out of every figure, nothing said (review46 S7: 150 of 165 killed).
    /// Refused (65) naming the sheets; `--sheet NAME` (or a dataset's `sheet:`) reads
    /// one. A first sheet whose header tally does not read is left to the pipeline's
    /// refusal; a sheet of another header (notes, a pivot) is no part of the data.
    /// readers20 (review60 F5, loss): `firstText`, the first sheet's CSV text, names the
    /// places of its records (``placeNames``), which a later sheet's rows may hold instead
    /// of a country.
    static func refuseSheetsAlike(_ archive: Archive, name: String, sheets: [String], first: [String],
                                  options: InputOptions, date1904: Bool = false, firstText: [UInt8]? = nil) throws(TallyError) {
        func layout(_ names: [String]) -> RowLayout? {
            try? RowLayout(header: names.map(\.trimmingSpaces), file: name, extraColumns: [])
        }
        func columns(_ names: [String]) -> Set<String> { Set(names.map { $0.trimmingSpaces.lowercased() }) }
        guard let mine = layout(first) else { return }
        var alike: [String] = []
        var continued: [(sheet: String, row: [String], skipped: Int, undated: Int)] = []
        // readers15 (review56 F1, loss): a sheet under another schema's header (a native
        // or UCDP GED sheet beside ACLED's) was passed over in silence.
        var otherSchema: [(sheet: String, schema: Schema)] = []
        // readers16 (issue 11, loss): a sheet whose rows hold a date, a country and a whole
        // number in fewer columns, or in another order (``SheetFinding/loose``).
        var loose: [(sheet: String, row: [String], at: Int, serial: String?, count: Int, rows: Int, table: Bool, place: String?)] = []
        // readers20 (review60 F5, loss): rows read as records under a header of their own
        // that tally does not read (``SheetFinding/headed``).
        var headed: [(sheet: String, row: [String], at: Int, serial: String?, header: [String])] = []
        // The places the first sheet's records name (adm_1, adm_2), read once, when a row needs them.
        var firstPlaces: Set<String>?
        let figures = figureWords(mine.schema)
        func isFirstSheetPlace(_ cell: String) -> Bool {
            guard let firstText else { return false }
            if firstPlaces == nil {
                // readers21 (review61 F4): a town of its location column (ACLED's `location`) too.
                let towns = first.indices.filter { ["location", "admin3", "adm_3", "adm3", "town", "city", "where_coordinates"].contains(first[$0].trimmingSpaces.lowercased()) }
                firstPlaces = placeNames(firstText, columns: [mine.adm1, mine.adm2] + towns)
            }
            // readers21 (review61 F9): compared as places are (``LoosePlace``): "Aleppo governorate" is Aleppo.
            return firstPlaces!.contains(LoosePlace.key(cell).key)
        }
        for sheet in sheets.dropFirst() {
            var o = options
            o.sheet = sheet
            guard let opened = try? read(archive, name: name, options: o),
                  let head = try? InputOpener.readAhead(opened.source, Pipeline.maximumHeaderBytes) else { continue }
            guard let names = headerNames(head), let theirs = layout(names) else {
                // readers11 F3 (silent loss): a sheet with no header whose first row is a
                // record of the first sheet's columns (an export split over two sheets, rows
                // pasted past a sheet's end): 150 of 300 events were read, nothing said.
                // (The whole record: a notes field may hold a line break.)
                // readers12 (review54 F10, loss): past leading note and blank rows
                // ("Continued from Sheet1"), and past first records whose date is empty;
                // a header after the notes is a sheet of the same header.
                // readers13 (review55 F7, loss): still dropped in silence past a note row of 3
                // cells, a "Source | Accessed | date" footer, or 11 note rows.
                // readers14 (issue 11, loss): and past 50 rows of notes, the window readers13
                // scanned. Every row of the sheet is looked at now (the sheet's text is the
                // one ``read`` made, held once, no more than reading that sheet would hold):
                // a record of the first sheet's columns, or a header of them with a row
                // after it, counts wherever it is.
                let text = (opened.source as? MemorySource)?.bytes ?? head
                let known = columns(first)
                switch scanSheet(text, layout: mine, width: first.count,
                                 yearColumn: first.firstIndex(where: { $0.trimmingSpaces.lowercased() == "year" }), isHeader: { h in
                    guard h.count(where: { known.contains($0.trimmingSpaces.lowercased()) }) >= 2, let theirs = layout(h) else { return false }
                    return theirs.schema == mine.schema && theirs.isTallyTable == mine.isTallyTable
                        && (mine.schema != .native || columns(h) == known)
                }, isPlace: isFirstSheetPlace, figures: figures) {
                case .header: alike.append(sheet)
                case let .record(row, skipped, before): continued.append((sheet, row, skipped, before))
                case let .loose(row, at, serial, count, rows, table, place): loose.append((sheet, row, at, serial, count, rows, table, place))
                case let .headed(row, at, serial, header): headed.append((sheet, row, at, serial, header))
                case nil: break
                }
                continue
            }
            // A sheet of the header alone adds nothing.
            if let end = head.firstIndex(of: 0x0A), !Pipeline.holdsText(head, from: end + 1, to: head.count) { continue }
            guard theirs.schema == mine.schema, theirs.isTallyTable == mine.isTallyTable,
                  mine.schema != .native || columns(names) == columns(first) else {
                if !theirs.isTallyTable && !mine.isTallyTable && theirs.schema != mine.schema { otherSchema.append((sheet, theirs.schema)) }
                continue
            }
            alike.append(sheet)
        }
        if alike.isEmpty, continued.isEmpty, let o = otherSchema.first {
            let more = otherSchema.count > 1 ? " (and " + otherSchema.dropFirst().prefix(3).map { "\"\($0.sheet)\"" }.joined(separator: ", ") + ")" : ""
            throw .data("\(name): sheet \"\(o.sheet)\"\(more) holds records under a header tally reads as \(o.schema.headerKind), and sheet \"\(sheets[0])\" "
                + "under one read as \(mine.schema.headerKind); tally reads one sheet of a workbook, and reading the first alone would leave the others' "
                + "records out of every figure. Give \(options.optionNames.sheet(sheets[0])) (or \(options.optionNames.sheet(o.sheet))) to read one; "
                + "to read them all, save each sheet as CSV and give the files together")
        }
        if alike.isEmpty, let c = continued.first {
            // readers16 (issue 11, loss): the record's date is a spreadsheet's date number
            // (a date cell that lost its date format): said, with how to mend the sheet.
            // readers19 (issue 11): written with a thousands separator or after Excel's text
            // mark too (`44,355`, `'44355`), and said in the workbook's own date system.
            let serial = mine.dateStart < c.row.count ? CalendarDay.spreadsheetSerialDressed(c.row[mine.dateStart]) : nil
            let serialNote = serial.map { found in
                " (its \(first.indices.contains(mine.dateStart) ? "'\(MessageText.limited(first[mine.dateStart].trimmingSpaces))'" : "date") cell \"\(MessageText.limited(c.row[mine.dateStart].trimmingSpaces))\" is a spreadsheet's date number\(Self.dress(found)), "
                    + "\(CalendarDay.spreadsheetSerialDay(found.day, date1904: date1904)): a date cell that lost its date format, which tally does not read as a date)"
            } ?? ""
            let more = continued.count > 1 ? " (and \(continued.count - 1) more sheet\(continued.count == 2 ? "" : "s") so: "
                + continued.dropFirst().prefix(3).map { "\"\($0.sheet)\"" }.joined(separator: ", ") + (continued.count > 4 ? ", …" : "") + ")" : ""
            let cells = c.row.prefix(4).map { "\"\(MessageText.limited($0))\"" }.joined(separator: ", ") + (c.row.count > 4 ? ", …" : "")
            throw .data("\(name): sheet \"\(c.sheet)\" has no header and its first \(c.undated > 0 ? "dated record" : c.skipped == 0 ? "row" : "record")\(c.skipped == 0 ? "" : " after \(c.skipped) row\(c.skipped == 1 ? "" : "s") of notes") (\(cells)) is a record of the columns of sheet "
                + "\"\(sheets[0])\"\(serialNote)\(more): the records go on there (an export split over sheets, or rows pasted past a sheet's end); "
                + "tally reads one sheet of a workbook, and reading the first alone would leave the others' records out of every "
                + "figure. Give \(options.optionNames.sheet(sheets[0])) to read that sheet alone"
                + (serial != nil ? " (or remove sheet \"\(c.sheet)\" from the workbook if its rows are not records)" : "")
                + "; to read them all, save each sheet as CSV, put the header line of \"\(sheets[0])\" at the top of the others"
                + (serial != nil ? ", format the dates as dates (Format Cells > Date) or write them as YYYY-MM-DD" : "")
                + ", and give the files together")
        }
        if alike.isEmpty, let l = loose.first {
            let more = loose.count > 1 ? " (and " + loose.dropFirst().prefix(3).map { "\"\($0.sheet)\"" }.joined(separator: ", ") + ")" : ""
            let cells = l.row.prefix(5).map { "\"\(MessageText.limited($0))\"" }.joined(separator: ", ") + (l.row.count > 5 ? ", …" : "")
            // readers17 (issue 11, loss): the day may be a spreadsheet's date number, said as such.
            let date = dayPhrase(l.serial, date1904: date1904)
            let columns = l.row.count < first.count ? "fewer columns" : "other columns"
            // readers20 (review60 F5): or a place the first sheet's records name, said as such.
            let place = l.place.map { "a place that the records of sheet \"\(sheets[0])\" name (\"\(MessageText.limited($0.trimmingSpaces))\")" } ?? "a country"
            let mend = l.serial != nil ? ", its dates formatted as dates (Format Cells > Date) or written as YYYY-MM-DD," : ""
            // readers19 (issue 11, message): a date number under no header may be a count (a
            // headerless table of totals by country, 40000 events next to the country): the
            // header row that says so is the way out, as readers17 reads such a table under one.
            // (Not for one row alone among notes: readers17's note-or-record words say it.)
            let summary = l.serial != nil && !l.table && more.isEmpty
            if l.count == 1 && !l.table && more.isEmpty {
                // readers17 (issue 11): one such row among notes is one record left out, or a
                // note written in cells; tally cannot tell, and a record lost is worse than a
                // refusal: said as what it is, with the way out either way.
                let which = l.rows <= 1 ? "its one row (\(cells))" : "one of its \(l.rows) rows, row \(l.at) (\(cells)),"
                throw .data("\(name): sheet \"\(l.sheet)\" has no header tally reads, and \(which) holds \(date), "
                    + "\(place) and a whole number, as the records of sheet \"\(sheets[0])\" do, in \(columns)\(l.rows <= 1 ? "" : "; none of its other rows does"). tally "
                    + "cannot tell whether that row is a record left out of sheet \"\(sheets[0])\" or a note, and reading the first sheet alone would "
                    + "leave it out of every figure if it is a record. If it is a note, give \(options.optionNames.sheet(sheets[0])) to read that "
                    + "sheet alone (or write the note in one cell); if it is a record, move it into sheet \"\(sheets[0])\" under that sheet's "
                    + "columns\(l.serial != nil ? ", its date formatted as a date (Format Cells > Date) or written as YYYY-MM-DD" : "")")
            }
            throw .data("\(name): sheet \"\(l.sheet)\"\(more) has no header tally reads, and its row \(l.at) (\(cells)) holds \(date), \(place) and a "
                + "whole number, as the records of sheet \"\(sheets[0])\" do, in \(columns): tally cannot tell "
                + "whether its rows are records of that export (some columns dropped or moved) or a summary of them, and reading the first "
                + "sheet alone would leave them out of every figure if they are records. Give \(options.optionNames.sheet(sheets[0])) to "
                + "read that sheet alone, or remove sheet \"\(l.sheet)\" from the workbook; to read its rows too, save it as CSV with a "
                + "header line of its own (the column names of \"\(sheets[0])\")\(mend) and give that file together with the workbook "
                + "and \(options.optionNames.sheet(sheets[0]))"
                + (summary ? "; if they are a summary (the number a count, not a date: totals by country), put a header row naming their columns "
                    + "(such as Country, Events, Fatalities) above them, and the workbook reads as it is" : ""))
        }
        if alike.isEmpty, let h = headed.first {
            let more = headed.count > 1 ? " (and " + headed.dropFirst().prefix(3).map { "\"\($0.sheet)\"" }.joined(separator: ", ") + ")" : ""
            let cells = h.row.prefix(5).map { "\"\(MessageText.limited($0))\"" }.joined(separator: ", ") + (h.row.count > 5 ? ", …" : "")
            let header = h.header.prefix(5).map { "\"\(MessageText.limited($0.trimmingSpaces))\"" }.joined(separator: ", ") + (h.header.count > 5 ? ", …" : "")
            let date = dayPhrase(h.serial, date1904: date1904)
            let mend = h.serial != nil ? ", its dates formatted as dates (Format Cells > Date) or written as YYYY-MM-DD," : ""
            throw .data("\(name): sheet \"\(h.sheet)\"\(more) has a table under a header of its own (\(header)) that tally does not read as "
                + "records (docs/spec.md §2 lists the columns it reads; a country column is one), and its row \(h.at) (\(cells)) holds \(date) under the date column, a name (a place or an actor) "
                + "and a figure, as the records of sheet \"\(sheets[0])\" do: tally cannot tell whether its rows are records left out of that export or "
                + "a summary of them, and reading the first sheet alone would leave them out of every figure if they are records. Give "
                + "\(options.optionNames.sheet(sheets[0])) to read that sheet alone, or remove sheet \"\(h.sheet)\" from the workbook; to read its rows "
                + "too, save it as CSV with a header line tally reads (the column names of \"\(sheets[0])\", with each record's country in a country "
                + "column)\(mend) and give that file together with the workbook and \(options.optionNames.sheet(sheets[0]))")
        }
        guard !alike.isEmpty else { return }
        let shown = ([sheets[0]] + alike).prefix(4).map { "\"\($0)\"" }.joined(separator: ", ")
            + (alike.count > 3 ? " and \(alike.count - 3) more" : "")
        throw .data("\(name): sheets \(shown) hold records under the same header; tally reads one sheet of a workbook, and "
            + "reading the first alone would leave the others' records out of every figure. Give \(options.optionNames.sheet(sheets[0])) "
            + "(or another sheet's name) to read one; to read them all, save each sheet as CSV and give the files together")
    }

    /// Whether `row`, the first row of a sheet that has no header, reads as a record of
    /// the columns of `layout` (the first sheet's, `width` columns wide): no wider, its
    /// date a date in a form tally reads, its country a name, its figure (when the schema
    /// has one) a whole number or empty (readers11 F3). A notes or cover sheet's first row
    /// (a title, a sentence, a pivot's labels) has no date where the records have theirs.
    /// `emptyDate`: an empty date cell passes too (readers12: a continuation whose first
    /// record has no date was read silently).
    static func continuesRecords(_ row: [String], layout: RowLayout, width: Int, emptyDate: Bool = false) -> Bool {
        let needed = [layout.dateStart, layout.country, layout.best].max() ?? -1
        // readers15 (review56 F1, loss): a paste with a comment column after the records
        // (one cell more than the first sheet's) is records too. (Two more stay a summary
        // sheet's row: readers11's "Wide".)
        guard layout.dateStart >= 0, layout.country >= 0, row.count > needed, row.count <= max(width, needed + 1) + 1 else { return false }
        var date = row[layout.dateStart].trimmingSpaces
        if emptyDate && date.isEmpty { return Self.continuesRecords(row.enumerated().map { $0.offset == layout.dateStart ? "2000-01-01" : $0.element }, layout: layout, width: width) }
        let isDate = date.withUTF8 { b -> Bool in
            guard let p = b.baseAddress, b.count > 0 else { return false }
            if CalendarDay.parseAnyForm(p, count: b.count, order: nil, thisYear: Clock.thisYear) != nil { return true }
            switch CalendarDay.slashedEvidence(p, count: b.count, thisYear: Clock.thisYear) {
            case .ambiguous, .dayFirst, .monthFirst, .sameEitherWay: return true
            case .notSlashed, .invalid: return false
            }
        }
        guard isDate else { return false }
        let country = row[layout.country].trimmingSpaces
        guard !country.isEmpty, country.contains(where: \.isLetter) else { return false }
        if layout.best >= 0 {
            let figure = row[layout.best].trimmingSpaces
            guard figure.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        }
        return true
    }

    /// What a sheet without a header of its own holds of the first sheet's data.
    enum SheetFinding: Equatable {
        /// A header of the first sheet's columns with a row after it.
        case header
        /// A dated record of the first sheet's columns; how many rows before it are not
        /// records (notes, a title, a footer, blank); how many records with an empty date
        /// come right before it.
        case record([String], skipped: Int, undated: Int)
        /// readers16 (issue 11, loss): no record of the first sheet's columns, but a row
        /// (its number in the sheet, from 1) that holds a day written as a date, a country
        /// tally knows and a whole number in other cells, in no more columns than the first
        /// sheet's but by one: records with columns dropped (the figure columns only) or
        /// moved. A summary of counts by year or month has no day; one by day and country
        /// is the same to tally, hence the "cannot tell" refusal.
        /// readers17 (issue 11): `serial`, the cell that is a spreadsheet's date number when
        /// the row's day is one (``looseSerialRecord``); `count`, how many of the sheet's rows
        /// are such rows (1 or 2: more are not counted); `rows`, its rows that are not blank.
        /// `table`: the row is under a table header of the sheet (a row naming its cells).
        /// readers20 (review60 F5, loss): `place`, the cell that stands for the country when
        /// it is a place the first sheet's records name (`Aleppo`, an adm_1), not a country.
        case loose([String], at: Int, serial: String?, count: Int, rows: Int, table: Bool, place: String?)
        /// readers20 (review60 F5, loss): no such row, but one under a table header of the
        /// sheet that names a date over the row's day (written, or a date number) and a place
        /// over a text cell or a figure over a whole number (``headedRecord``): records placed
        /// by governorate (`Date | Governorate | Killed`) were read past in silence, as the
        /// loose test asks for a country. `header`, the header row; `at`, the row's number.
        case headed([String], at: Int, serial: String?, header: [String])
    }

    /// readers12 (review54 F10), readers13 (review55 F7), readers14: the first row of a
    /// sheet's CSV text `text` that is a header of the first sheet's columns
    /// (`isHeader`, with a row after it) or a dated record of them, wherever it is in
    /// the sheet. One row is held at a time. (readers13 looked at the first 50 rows: the
    /// records after 51 rows of notes were left out of every figure, nothing said.)
    /// `isPlace`: whether a cell is a place the first sheet's records name (readers20);
    /// `figures`, the names of the figures those records hold (``headedRecord``).
    static func scanSheet(_ text: [UInt8], layout: RowLayout, width: Int, yearColumn: Int? = nil, isHeader: ([String]) -> Bool,
                          isPlace: (String) -> Bool = { _ in false }, figures: Set<String> = deathOrEventColumnWords) -> SheetFinding? {
        text.withUnsafeBufferPointer { b -> SheetFinding? in
            guard let base = b.baseAddress else { return nil }
            let capacity = 16_384
            let spans = UnsafeMutablePointer<FieldSpan>.allocate(capacity: capacity)
            defer { spans.deallocate() }
            // The text may end inside a record (a head read): only records ended by a line feed count.
            var end = b.count
            while end > 0 && base[end - 1] != 0x0A { end -= 1 }
            var scanner = CSVScanner(base: base, start: 0, end: end)
            var k = 0, runStart = 0, headerSeen = false
            var firstLoose: (row: [String], at: Int, table: Bool, place: String?)?
            var firstHeaded: (row: [String], at: Int, serial: String?, header: [String])?
            // readers17 (issue 11): how many rows hold a loose record with a written date (1,
            // or 2 for more); those whose date is a spreadsheet's date number, by its column;
            // the columns where such a number was a count (its row's year another year); the
            // rows that are not blank; and the last row that may be a table's header.
            var looseCount = 0, nonBlank = 0
            var serials: [Int: (row: [String], at: Int, serial: String, count: Int, table: Bool, place: String?)] = [:]
            var countColumns: Set<Int> = []
            // readers19 (issue 11, loss): the rows that may be a table's header, of the last
            // run of such rows (blank rows between them do not end a run): a real header, then
            // a note row of as many text cells ("Checked | by | desk") right above the records,
            // left the note as the header, naming no date, and the records were read past in
            // silence. Every row of the run counts (``looseSerialRecord``). At most the
            // run's first 4 and last 12 rows are kept (a sheet of text alone is one long run).
            var headings: [Heading] = []
            var headingRun = false
            while case let .record(n) = scanner.next(into: spans, capacity: capacity), n <= capacity {
                defer { k += 1 }
                if headerSeen { return .header }
                var row = (0 ..< n).map { i in
                    let t = String(decoding: UnsafeBufferPointer(start: base + spans[i].start, count: spans[i].count), as: UTF8.self)
                    return spans[i].hasEscapes ? t.replacingDoubledQuotes : t
                }
                // readers16 (issue 11, loss): a record whose last cells are empty (an optional
                // column, the figure unknown) is written shorter than the first sheet's rows; it
                // was read past in silence (review56 fewer.xlsx: 10 events lost). Its missing
                // cells are empty ones.
                if row.count < width, row.count > max(layout.dateStart, layout.country) { row += Array(repeating: "", count: width - row.count) }
                if continuesRecords(row, layout: layout, width: width) { return .record(row, skipped: runStart, undated: k - runStart) }
                // readers16 (issue 11, loss): its date a spreadsheet's date number (44355, a date
                // cell that lost its date format, General or stored as text): read past in silence
                // (review56 serial.xlsx). Never read as a date (a count may be such a number too);
                // the rest of the row must be a record's (a country, a whole-number figure), and
                // the sheet is refused, saying so.
                if layout.dateStart >= 0, layout.dateStart < row.count,
                   let day = CalendarDay.spreadsheetSerialDressed(row[layout.dateStart])?.day,
                   // A year column (ACLED's `year`) holding another year (in either of Excel's
                   // date systems) says the number is not this row's date: a count out of place.
                   yearColumn.map({ y in
                       guard y < row.count, let written = Int(row[y].trimmingSpaces) else { return true }
                       return written == day.components.year || written == day.adding(days: 1462).components.year
                   }) ?? true {
                    var asDate = row
                    asDate[layout.dateStart] = day.description
                    if continuesRecords(asDate, layout: layout, width: width) { return .record(row, skipped: runStart, undated: k - runStart) }
                }
                // readers15 (review56 F1, loss): the records pasted a column or a few to
                // the right (column A blank): read from their first cell.
                let lead = row.prefix(while: { $0.trimmingSpaces.isEmpty }).count
                if (1 ... 3).contains(lead), row.count > lead, continuesRecords(Array(row.dropFirst(lead)), layout: layout, width: width) {
                    return .record(Array(row.dropFirst(lead)), skipped: runStart, undated: k - runStart)
                }
                if k > 0 && isHeader(row) { headerSeen = true; continue }
                if !continuesRecords(row, layout: layout, width: width, emptyDate: true) { runStart = k + 1 }
                // (Bytes, no copy: every row of a lookup sheet passes here.)
                if row.contains(where: { $0.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D && $0 != 0x0A }) }) { nonBlank += 1 }
                // Whether the row is under a table header (a sheet of counts by day and country):
                // readers19, a header-like row that names a column (a note row is none).
                func tabled() -> Bool {
                    let filled = row.count(where: { !$0.trimmingSpaces.isEmpty })
                    for k in headings.indices where headings[k].filled >= filled {
                        if headings[k].names == nil { headings[k].names = namesColumns(headings[k].cells) }
                        if headings[k].names == true { return true }
                    }
                    return false
                }
                var headingRow = false
                defer {
                    // A blank row does not end a run of header rows; any other row does.
                    if !headingRow && row.contains(where: { !$0.trimmingSpaces.isEmpty }) { headingRun = false }
                }
                // readers21 (review61 F6, needless refusal): a place of the first sheet's stands
                // for a country only in rows under no table header: under one (Date | Market |
                // Price, Governorate | Cases | Date) the header says what the rows are
                // (``headedRecord``), and dated tables of the same governorates were refused.
                // readers22 (review62 A1, loss): not under every header: records of the first
                // sheet's governorates under words no list holds ("Martyrs", "Muertes", "Time of
                // incident") were read past. Under a header that names a side table's figure
                // (a price, a rate, population, cases, displaced people: ``sideTableWords``).
                let sideTable = !headings.isEmpty && tabled() && headings.contains { h in h.cells.contains { names($0, sideTableWords) } }
                let headerlessPlace: (String) -> Bool = { t in !sideTable && isPlace(t) }
                if looseCount < 2, let placed = looseRecord(row, width: width, isPlace: headerlessPlace) {
                    looseCount += 1
                    if firstLoose == nil { firstLoose = (row, k + 1, tabled(), placed.country ? nil : placed.cell) }
                } else {
                    switch looseSerialRecord(row, width: width, dateColumn: layout.dateStart, headings: &headings, isPlace: headerlessPlace) {
                    case let .record(column, serial, place):
                        // readers17 (issue 11, loss): [44355, "Syria", 10] was read past in silence.
                        if let had = serials[column] { serials[column]!.count = min(had.count + 1, 2) } else { serials[column] = (row, k + 1, serial, 1, tabled(), place) }
                    case let .count(column):
                        countColumns.insert(column)
                    case nil:
                        if firstHeaded == nil, !headings.isEmpty, let found = headedRecord(row, headings: headings, figures: figures) {
                            firstHeaded = (row, k + 1, found.serial, found.header)
                        } else if mayBeHeading(row) {
                            if !headingRun { headings.removeAll(keepingCapacity: true) }
                            headingRun = true
                            headingRow = true
                            headings.append(Heading(row))
                            if headings.count > 16 { headings.remove(at: 4) }
                        }
                    }
                }
            }
            // A record of the first sheet's columns anywhere in the sheet is said first; then
            // the first loose row, but of no column where such a number was a count.
            let dated = serials.filter { !countColumns.contains($0.key) }.values
            let count = looseCount + dated.map(\.count).reduce(0, +)
            let first = ([firstLoose.map { ($0.row, $0.at, String?.none, $0.table, $0.place) }].compactMap { $0 }
                + dated.map { ($0.row, $0.at, String?.some($0.serial), $0.table, $0.place) })
                .min(by: { $0.1 < $1.1 })
            if let first { return .loose(first.0, at: first.1, serial: first.2, count: count, rows: nonBlank, table: first.3, place: first.4) }
            return firstHeaded.map { .headed($0.row, at: $0.at, serial: $0.serial, header: $0.header) }
        }
    }

    /// What a refusal calls a row's day: "a date", or the spreadsheet's date number `serial`
    /// with the day it stands for in the workbook's date system (readers17, readers20).
    static func dayPhrase(_ serial: String?, date1904: Bool) -> String {
        guard let serial, let found = CalendarDay.spreadsheetSerialDressed(serial) else { return "a date" }
        return "a spreadsheet's date number\(dress(found)) (\"\(MessageText.limited(serial))\": \(CalendarDay.spreadsheetSerialDay(found.day, date1904: date1904)); "
            + "a date cell that lost its date format)"
    }

    /// A cell of spaces, tabs and line ends alone (bytes, no copy).
    static func isBlank(_ c: String) -> Bool { !c.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D && $0 != 0x0A }) }

    /// readers19 (issue 11): how a date number was written, when not plain, for messages.
    static func dress(_ found: (day: CalendarDay, plain: String, grouped: Bool, marked: Bool)) -> String {
        found.grouped || found.marked ? " " + CalendarDay.serialDress(grouped: found.grouped, marked: found.marked) : ""
    }

    /// readers17 (issue 11): what ``looseSerialRecord`` found in a row.
    enum LooseSerial: Equatable {
        /// A record whose date is the number in `column`; `place`, its place when that is one
        /// the first sheet's records name rather than a country (readers20).
        case record(column: Int, serial: String, place: String?)
        /// A record's shape, but the number in `column` is not the row's year's: a count.
        case count(column: Int)
    }

    /// readers17 (issue 11): whether `row` may be the header of a table below it: two or
    /// more cells with letters and no cell of digits alone (a table's data row has its
    /// figures). Whether it names a country is asked only when a row below needs it.
    static func mayBeHeading(_ row: [String]) -> Bool {
        guard row.count >= 2 else { return false }
        var named = 0
        for cell in row {
            var c = cell
            let kind = c.withUTF8 { b -> Int in
                // 0: blank, 1: a number, 2: text with a letter (or any non-ASCII byte), 3: other.
                guard !b.isEmpty else { return 0 }
                var digitsOnly = true, digit = false, letter = false
                for x in b {
                    if x >= 0x80 || (x | 0x20 >= 0x61 && x | 0x20 <= 0x7A) { letter = true; digitsOnly = false; break }
                    if x >= 0x30 && x <= 0x39 { digit = true } else if x != 0x2E && x != 0x20 { digitsOnly = false }
                }
                return digitsOnly ? (digit ? 1 : 0) : letter ? 2 : 3
            }
            if kind == 1 { return false }
            if kind == 2 { named += 1 }
        }
        return named >= 2
    }

    /// readers17 (issue 11): a table header's cell that names a date ("Date", "event day",
    /// "Fecha", "Data", "Jour", "Datum", "تاريخ").
    /// readers21 (review61 F1): and in Russian, Ukrainian, Turkish, Somali, Hausa, Swahili,
    /// Persian and Dari, Kurdish and Italian ("Дата", "Tarih", "Taariikh", "Kwanan wata",
    /// "Tarehe", "تاریخ", "Dîrok", "Giorno"), and "Reported on".
    static func namesADate(_ cell: String) -> Bool {
        let t = cell.trimmingSpaces.lowercased()
        return ["date", "day", "fecha", "jour", "datum", "تاريخ", "дата", "tarih", "taariikh", "kwanan wata", "tarehe", "تاریخ",
                "dîrok", "مێژوو", "giorno", "reported on"].contains(where: { t.contains($0) })
            || ["data", "dia", "día", "fecha_evento", "when", "дата события", "день"].contains(t)
    }

    /// readers19 (issue 11): a row that may be the header of a table below it
    /// (``mayBeHeading``), with what is asked of it once, when a row below needs it.
    struct Heading {
        let cells: [String]
        /// Its cells that are not blank.
        let filled: Int
        /// Whether it names a column (``namesColumns``); whether a cell is a country tally knows.
        var names: Bool?
        var country: Bool?

        init(_ cells: [String]) {
            self.cells = cells
            filled = cells.count(where: { !$0.trimmingSpaces.isEmpty })
        }
    }

    /// readers19 (issue 11): words a table header's cell is made of: the column names of the
    /// schemas tally reads (docs/spec.md §2), and what a table of counts calls its columns, in
    /// English, French, Spanish, Portuguese, Arabic and German. A note written across cells
    /// ("Checked | by | desk", "Downloaded | from | ACLED") has none of them.
    static let columnWords: Set<String> = {
        var w: Set<String> = [
            "id", "code", "iso", "iso3", "name", "rank", "no", "country", "countries", "nation", "state", "region", "province",
            "district", "governorate", "admin", "adm", "location", "place", "city", "town", "area", "year", "month", "week",
            "quarter", "period", "deaths", "death", "dead", "killed", "fatalities", "fatality", "casualties", "victims",
            "injured", "wounded", "events", "event", "incidents", "incident", "attacks", "battles", "count", "number", "total",
            "sum", "estimate", "best", "low", "high", "actor", "actors", "source", "type", "population", "share", "percent",
            "rate", "measure", "value", "figure",
            "pays", "région", "année", "mois", "semaine", "morts", "décès", "tués", "victimes", "blessés", "événements",
            "évènements", "nombre", "nom", "rang", "país", "países", "paises", "región", "año", "mes", "muertos", "fallecidos",
            "víctimas", "heridos", "eventos", "incidentes", "número", "fuente", "tipo", "código", "nombre", "região", "ano",
            "mês", "mortos", "óbitos", "vítimas", "feridos", "fonte", "nome", "land", "jahr", "monat", "tote", "opfer",
            "ereignisse", "anzahl", "quelle",
            "بلد", "البلد", "دولة", "الدولة", "سنة", "السنة", "شهر", "الشهر", "قتلى", "القتلى", "ضحايا", "الضحايا", "أحداث",
            "الأحداث", "حوادث", "الحوادث", "عدد", "العدد", "المجموع", "مصدر", "المصدر", "منطقة", "المنطقة",
        ]
        w.formUnion(RowLayout.knownColumns)
        for names in Schema.distinctive.values { w.formUnion(names) }
        return w
    }()

    /// readers19 (issue 11): whether a header-like row names a column: one of its cells is a
    /// column name tally reads or names a date, or one of its words is a ``columnWords``.
    static func namesColumns(_ row: [String]) -> Bool {
        row.contains { cell in names(cell, columnWords) || cell.trimmingSpaces.utf8.count <= 64 && namesADate(cell) }
    }

    /// readers17 (issue 11, loss): whether `row`, of a sheet without a header tally reads,
    /// holds a record whose date is a spreadsheet's date number (`44355`: a date cell that
    /// lost its date format) in other columns than the first sheet's: `[44355, "Syria",
    /// 10]` was read past in silence. A bare number is a date only in a date's place, as a
    /// count may be such a number too:
    /// - under a table header (`headings`: the rows of the last run of header-like rows
    ///   above, each with a name over every cell this row fills, none a country), in a
    ///   column whose name says a date;
    /// - with no such header, the row's first cell, the first sheet's date column
    ///   (`dateColumn`), or the cell next to the country; and its day within the span the
    ///   conflict-event datasets cover (1989, UCDP GED's first year, to next year).
    /// And the row holds exactly one such number (a wide table of counts by year has
    /// many), a country tally knows and a whole number in other cells, and no cell that
    /// is a year other than the number's (in either of Excel's date systems): a table of
    /// counts by country and year is not records, and a column where a row says so holds
    /// counts in all the sheet's rows (``LooseSerial/count``).
    /// readers19 (issue 11, loss): only a header-like row that names a column
    /// (``namesColumns``) says the number is no date (a table of counts under "Country,
    /// Events"); a note row of text cells ("Checked | by | desk") is no header, whether or
    /// not a real header stands above it: any row of the run naming a date over the number
    /// makes it a date, and with none naming a column the number's place decides, as with
    /// no header.
    /// readers20 (review60 F5, loss): a place the first sheet's records name (`isPlace`:
    /// `Aleppo`, an adm_1 of theirs) counts as the country does.
    static func looseSerialRecord(_ row: [String], width: Int, dateColumn: Int, headings: inout [Heading],
                                  isPlace: (String) -> Bool = { _ in false }) -> LooseSerial? {
        guard row.count >= 3, row.count <= width + 1 else { return nil }
        var at: Int?, found: CalendarDay?
        for (i, cell) in row.enumerated() {
            // Bytes first (no copy): five digits, then the end or a fraction. readers19 (issue
            // 11, loss): or Excel's text mark before them (`'44355`), or a thousands separator
            // after two (`44,355`, `44.355`, `44 355`, `44'355`, a no-break space): such rows
            // were read past in silence.
            guard cell.utf8.count >= 5 else { continue }
            var c = cell
            let shaped = c.withUTF8 { b -> Bool in
                var s = 0, e = b.count
                while s < e && b[s] == 0x20 { s += 1 }
                while e > s && b[e - 1] == 0x20 { e -= 1 }
                if s < e && b[s] == 0x27 { s += 1 }
                guard e - s >= 5, e - s <= 40 else { return false }
                var n = 0, k = s, digits = 0
                while digits < 5 && k < e {
                    let x = b[k]
                    if x >= 0x30 && x <= 0x39 {
                        n = n * 10 + Int(x - 0x30); digits += 1; k += 1
                    } else if digits == 2 && k == s + 2 && (x == 0x2C || x == 0x2E || x == 0x20 || x == 0x27 || x == 0xC2 || x == 0xE2) {
                        // One separator: `,` `.` space `'`, or a no-break (C2 A0) or narrow no-break (E2 80 AF) space.
                        k += x == 0xC2 ? 2 : x == 0xE2 ? 3 : 1
                    } else {
                        return false
                    }
                }
                // 1950-01-01 to 2100-12-31 in the 1900 system (``CalendarDay/spreadsheetSerial``'s span).
                return digits == 5 && (18_264 ... 73_415).contains(n) && (k == e || b[k] == 0x2E || b[k] == 0x2C)
            }
            guard shaped, let day = CalendarDay.spreadsheetSerialDressed(cell)?.day else { continue }
            if at != nil { return nil }
            at = i
            found = day
        }
        guard let at, let day = found else { return nil }
        let filled = row.count(where: { !isBlank($0) })
        // The header rows over every cell the row fills, and whether one names a column.
        let covering = headings.indices.filter { headings[$0].filled >= filled }
        func names(_ k: Int) -> Bool {
            if let n = headings[k].names { return n }
            let n = namesColumns(headings[k].cells)
            headings[k].names = n
            return n
        }
        let headed = covering.contains(where: names)
        // With no table header, the number is a date only in a date's place (below): the
        // cheap part of that first (a lookup sheet's codes pass here).
        if !headed {
            func lettered(_ i: Int) -> Bool { row.indices.contains(i) && row[i].contains(where: \.isLetter) }
            guard at == 0 || at == dateColumn || lettered(at - 1) || lettered(at + 1),
                  (1989 ... Clock.thisYear + 1).contains(day.components.year) else { return nil }
        }
        let years = [day.components.year, day.adding(days: 1462).components.year]
        var country = -1, number = false, otherYear = false
        var placeAt = -1, place: String?
        for (i, cell) in row.enumerated() where i != at {
            let t = cell.trimmingSpaces
            guard !t.isEmpty, t.utf8.count <= 64 else { continue }
            if t.utf8.allSatisfy({ (0x30 ... 0x39).contains($0) }) {
                number = true
                if let y = Int(t), (1900 ... 2100).contains(y), !years.contains(y) { otherYear = true }
            } else if country < 0, t.contains(where: \.isLetter), CountryNames.isKnown(t) {
                country = i
            } else if country < 0, placeAt < 0, t.contains(where: \.isLetter), isPlace(t) {
                placeAt = i
                place = t
            }
        }
        if country >= 0 { place = nil } else { country = placeAt }
        guard country >= 0, number else { return nil }
        if otherYear { return .count(column: at) }
        let serial = row[at].trimmingSpaces
        if headed {
            // A header naming a country is a row of a table with countries across: no header.
            let headers = covering.filter { k in
                if headings[k].country == nil {
                    headings[k].country = headings[k].cells.contains(where: { $0.contains(where: \.isLetter) && CountryNames.isKnown($0.trimmingSpaces) })
                }
                return headings[k].country == false
            }
            if headers.contains(where: { at < headings[$0].cells.count && namesADate(headings[$0].cells[at]) }) { return .record(column: at, serial: serial, place: place) }
            if headers.contains(where: names) { return nil }
        }
        guard at == 0 || at == dateColumn || abs(at - country) == 1,
              (1989 ... Clock.thisYear + 1).contains(day.components.year) else { return nil }
        return .record(column: at, serial: serial, place: place)
    }

    /// readers16 (issue 11, loss): whether `row`, of a sheet without a header tally reads,
    /// holds what a record holds in cells of their own: a day written as a date (not a bare
    /// number: a spreadsheet's date number cannot be told from a count out of place), a
    /// country tally knows and a whole number, in no more than `width` + 1 cells. A row of
    /// counts by year or month has no day; a note has no country or no number of its own.
    /// readers20 (review60 F5, loss): or a place the first sheet's records name (`isPlace`)
    /// where the country would be; what stood for the country is returned (nil: no record).
    static func looseRecord(_ row: [String], width: Int, isPlace: (String) -> Bool = { _ in false }) -> (cell: String, country: Bool)? {
        guard row.count >= 3, row.count <= width + 1 else { return nil }
        // The date first: most rows of a lookup or notes sheet have none, and the country
        // lookup costs more (a 100,000-row lookup sheet is scanned whole).
        guard let date = row.firstIndex(where: writtenDay) else { return nil }
        var country: String?, place: String?, number = false
        for (i, cell) in row.enumerated() where i != date {
            let t = cell.trimmingSpaces
            guard !t.isEmpty, t.utf8.count <= 64 else { continue }
            if t.utf8.allSatisfy({ (0x30 ... 0x39).contains($0) }) {
                number = true
            } else if country == nil, t.contains(where: \.isLetter) {
                if CountryNames.isKnown(t) { country = t } else if place == nil, isPlace(t) { place = t }
            }
        }
        guard number else { return nil }
        if let country { return (country, true) }
        return place.map { ($0, false) }
    }

    /// Whether a cell holds a day written as a date in a form tally reads (a slashed date
    /// either way round too); not a bare number (a spreadsheet's date number is asked apart).
    static func writtenDay(_ cell: String) -> Bool {
        // Bytes first (no copy): a date has a digit and something else, in 6 to 64 bytes.
        let u = cell.utf8
        guard u.count >= 6, u.count <= 80, u.contains(where: { (0x30 ... 0x39).contains($0) }),
              u.contains(where: { !(0x30 ... 0x39).contains($0) }) else { return false }
        var t = cell.trimmingSpaces
        guard t.utf8.count >= 6, t.utf8.count <= 64, t.utf8.contains(where: { (0x30 ... 0x39).contains($0) }) else { return false }
        return t.withUTF8 { b -> Bool in
            guard let p = b.baseAddress else { return false }
            if CalendarDay.parseAnyForm(p, count: b.count, order: nil, thisYear: Clock.thisYear) != nil { return true }
            switch CalendarDay.slashedEvidence(p, count: b.count, thisYear: Clock.thisYear) {
            case .ambiguous, .dayFirst, .monthFirst, .sameEitherWay: return true
            case .notSlashed, .invalid: return false
            }
        }
    }

    /// readers20 (review60 F5, loss): whether `row`, of a sheet without a header tally
    /// reads, is a record under a table header of its own (`headings`, the last run of
    /// header-like rows above it): a header row over every cell the row fills names a date
    /// (``namesADate``) over a day (written, or a spreadsheet's date number), and the row
    /// holds a text (a place, an actor) and a whole number under a name of the figures the
    /// first sheet's records hold (`figures`: deaths or events, ``deathOrEventColumnWords``,
    /// and for a native file's records the other people it measures too).
    /// `Date | Governorate | Killed` over `44355 | Aleppo | 10` was read past in silence:
    /// the loose tests ask for a country. A summary by place (no date column), by month
    /// (no day), a daily series (no text), a download log (`Date | Source | Rows`: no
    /// figure named), displaced people as of a date beside an export of events (figures it
    /// does not hold) is none. Returns the header row and the date number, if any.
    static func headedRecord(_ row: [String], headings: [Heading], figures: Set<String>) -> (header: [String], serial: String?)? {
        let filled = row.count(where: { !isBlank($0) })
        guard filled >= 3 else { return nil }
        for heading in headings where heading.filled >= filled {
            let h = heading.cells
            var day: Int?, serial: String?
            for i in row.indices where i < h.count && !isBlank(row[i]) && namesADate(h[i]) {
                // readers21 (review61 F2, F5): a day with a time ("2021-06-08 14:30:00", a
                // datetime cell), or in a form tally does not read (08.06.2021, 20210608,
                // "Jun 8, 2021") is still a record's day under a date's name.
                if writtenDay(row[i]) || looksLikeDay(row[i]) { day = i; break }
                if row[i].utf8.count <= 40, CalendarDay.spreadsheetSerialDressed(row[i]) != nil { day = i; serial = row[i].trimmingSpaces; break }
            }
            guard let day else { continue }
            var text = false, figure = false
            for (i, cell) in row.enumerated() where i != day && !isBlank(cell) {
                let t = cell.trimmingSpaces
                guard t.utf8.count <= 64 else { continue }
                // readers21 (review61 F3): a figure as a record writes it under a name of
                // deaths or events: "10", "10 killed", "5-7", "10+", "~10", "at least 10".
                let named = i < h.count && namesFigure(h[i], figures)
                if named && t.utf8.count <= 32 && t.utf8.contains(where: { (0x30 ... 0x39).contains($0) }) {
                    figure = true
                } else if !wholeNumber(t) && t.contains(where: \.isLetter) {
                    text = true
                }
            }
            if text && figure { return (h, serial) }
        }
        return nil
    }

    /// A whole number as a count is written: digits, grouped by thousands or not (`1,200`, `1 200`).
    static func wholeNumber(_ t: String) -> Bool {
        guard let f = t.utf8.first, (0x30 ... 0x39).contains(f) else { return false }
        var digits = 0
        for x in t.unicodeScalars {
            if ("0" ... "9").contains(x) { digits += 1 } else if ![",", ".", " ", "'", "\u{A0}", "\u{202F}"].contains(x) { return false }
        }
        return digits > 0 && (t.unicodeScalars.last.map { ("0" ... "9").contains($0) } ?? false)
    }

    /// readers21 (review61 F7, needless refusal): whether a header cell names a figure of
    /// `figures`: one of its words is one ("Killed", "Number of deaths"), or the whole cell
    /// is a bare word of a figure of any kind ("Total", "Count", "Best": ``genericFigureWords``).
    /// "Number of rows", "Number of households", "Total words" name no figure of the records.
    static func namesFigure(_ cell: String, _ figures: Set<String>) -> Bool {
        if names(cell, figures) { return true }
        return genericFigureWords.contains(cell.trimmingSpaces.lowercased())
    }

    /// readers21 (review61 F2, F5): a day written with a time after it ("2021-06-08 14:30:00",
    /// "2021-06-08T14:30"), as yyyymmdd, or with dots or a month's name in a form tally does
    /// not read ("08.06.2021", "Jun 8, 2021"): a year (1900-2100), and a day and a month
    /// (numbers, or a month's name in English, French, Spanish, Portuguese or German). A
    /// month alone ("2021-06", "June 2021") is none.
    static func looksLikeDay(_ cell: String) -> Bool {
        let t = cell.trimmingSpaces
        guard t.utf8.count >= 6, t.utf8.count <= 40 else { return false }
        // A time after a day: the day alone.
        if let cut = t.firstIndex(where: { $0 == " " || $0 == "T" }), t[cut...].dropFirst().contains(":"),
           writtenDay(String(t[..<cut])) { return true }
        if t.utf8.count == 8, t.utf8.allSatisfy({ (0x30 ... 0x39).contains($0) }), let n = Int(t),
           CalendarDay(year: n / 10000, month: n / 100 % 100, day: n % 100) != nil, (1900 ... 2100).contains(n / 10000) { return true }
        let parts = t.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let numbers = parts.compactMap { p in p.allSatisfy(\.isASCII) ? Int(p) : nil }
        guard numbers.count >= 2, numbers.count <= 3, numbers.contains(where: { (1900 ... 2100).contains($0) }) else { return false }
        let small = numbers.filter { (1 ... 31).contains($0) }
        let months = ["jan", "feb", "fév", "fev", "mar", "apr", "avr", "abr", "may", "mai", "mayo", "jun", "jui", "jul", "aug", "aoû", "ago",
                      "sep", "set", "oct", "out", "okt", "nov", "dec", "déc", "dic", "dez", "ene", "enero", "janv", "mär", "mrz"]
        let named = parts.contains { p in p.first?.isLetter == true && months.contains(where: { p.hasPrefix($0) }) }
        // readers22 (review62 A10): two days and a month's name, or "to" between numbers, are a
        // span ("1-15 May 2021", "May 3-9, 2021"), a summary's period, not a record's day.
        if named && numbers.count == 3 || parts.contains("to") || parts.contains("au") || parts.contains("al") { return false }
        if numbers.count == 3 { return small.count == 2 }
        return small.count == 1 && named
    }

    /// Whether a header cell is one of `words`, or has one among its words (`adm1_name`).
    static func names(_ cell: String, _ words: Set<String>) -> Bool {
        let t = cell.trimmingSpaces.lowercased()
        guard !t.isEmpty, t.utf8.count <= 64 else { return false }
        return words.contains(t) || t.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { words.contains(String($0)) }
    }

    /// readers20 (review60 F5): what a table's header calls a column of deaths or of events,
    /// or a column of figures of any kind, in English, French, Spanish, Portuguese, German
    /// and Arabic: the figures the records of every export tally reads hold.
    /// readers21 (review61 F1): also Italian, Dutch, Russian, Ukrainian, Turkish, Somali,
    /// Hausa, Swahili, Persian and Dari, and Kurdish.
    static let deathOrEventColumnWords: Set<String> = [
        "killed", "deaths", "death", "dead", "fatalities", "fatality", "casualties", "victims", "toll", "events", "incidents", "attacks",
        "clashes",
        "tués", "morts", "décès", "victimes", "événements", "évènements",
        "muertos", "fallecidos", "víctimas", "eventos", "incidentes",
        "mortos", "óbitos", "vítimas", "ocorrências",
        "tote", "todesopfer", "opfer", "ereignisse",
        "قتلى", "القتلى", "ضحايا", "الضحايا", "وفيات", "الوفيات", "أحداث", "الأحداث", "حوادث", "الحوادث",
        "morti", "uccisi", "vittime", "decessi", "eventi", "doden", "slachtoffers", "gebeurtenissen",
        "убитые", "убито", "погибшие", "погибших", "погибло", "жертвы", "жертв", "смерти", "события",
        "загиблі", "загиблих", "вбиті", "вбитих", "жертви", "події",
        "ölü", "ölüm", "ölenler", "kayıp", "olaylar", "dhimasho", "dhimashada", "dhintay", "mutu", "mutuwa", "vifo", "waliouawa", "waliokufa",
        "کشته", "کشته‌شدگان", "کشته‌ها", "تلفات", "قربانیان", "kuştî", "kuştiyan", "کوژراو", "کوژراوان",
    ]

    /// The figures the records of a first sheet of `schema` hold: deaths or events; a native
    /// file's other measures too (``headedRecord``).
    static func figureWords(_ schema: Schema) -> Set<String> {
        schema == .native ? deathOrEventColumnWords.union(otherPeopleColumnWords) : deathOrEventColumnWords
    }

    /// readers22 (review62 A1, F6 of review61): words of a header over a table that is not
    /// records of events though it is dated and by place: prices, rates, population, cases,
    /// displaced people, people in need, households, indicators (English, French, Spanish,
    /// Portuguese, German, Arabic, Russian).
    static let sideTableWords: Set<String> = [
        "price", "prices", "cost", "costs", "rate", "rates", "ratio", "percent", "percentage", "share", "per", "population", "cases",
        "case", "idps", "idp", "displaced", "refugees", "returnees", "households", "household", "need", "pin", "rainfall", "indicator",
        "indicators", "item", "commodity", "market", "budget", "exchange", "cumulative", "severity", "phase", "ipc", "vaccinated",
        "tested", "recovered", "beds", "schools", "students", "temperature", "individuals", "movements", "arrivals", "departures",
        "week", "weekly", "monthly", "since", "established", "first", "last", "ranking", "semaine", "semana", "mes",
        "prix", "taux", "cas", "déplacés", "réfugiés", "ménages", "marché", "indicateur", "precio", "precios", "tasa", "casos",
        "desplazados", "refugiados", "hogares", "mercado", "indicador", "preço", "preços", "deslocados", "domicílios", "preis",
        "bevölkerung", "flüchtlinge", "السعر", "الأسعار", "سعر", "السوق", "نازحين", "النازحين", "النازحون", "لاجئين", "اللاجئين", "السكان",
        "الحالات", "حالات", "نسبة", "معدل", "цена", "население", "случаи", "беженцы",
    ]

    /// readers21 (review61 F7): words of a figure of any kind, which name the records'
    /// figure only as a header cell of their own ("Total", "Count", "Número"). readers22
    /// (review62 A2): not "value" nor "figure", the long format of indicator tables.
    static let genericFigureWords: Set<String> = [
        "count", "number", "total", "best", "low", "high", "estimate", "nombre", "número", "cantidad", "anzahl",
        "عدد", "العدد", "المجموع", "totale", "totaal", "итого", "всего", "toplam", "jumla", "تعداد",
    ]

    /// readers20 (review60 F5): what a table's header calls a column of the other people a
    /// native file may measure (injured, displaced, ...); an export of events (ACLED, UCDP
    /// GED) counts none of them, so a later sheet of them (`Governorate | IDPs | As of`) is
    /// no part of its records.
    static let otherPeopleColumnWords: Set<String> = [
        "injured", "wounded", "idps", "displaced", "refugees", "affected", "missing", "abducted", "recruited", "members",
        "blessés", "déplacés", "réfugiés", "disparus", "heridos", "desplazados", "refugiados", "desaparecidos", "feridos",
        "deslocados", "verletzte", "vertriebene", "flüchtlinge", "جرحى", "الجرحى", "نازحين", "النازحين", "لاجئين", "اللاجئين",
    ]

    /// readers20 (review60 F5, loss): the places the records of a sheet's CSV text `text`
    /// name in `columns` (its adm_1, adm_2 and towns), as ``LoosePlace/key(_:)`` folds them, past its header row; at most
    /// 100,000 (a later sheet's row naming one of them is a record of that export).
    static func placeNames(_ text: [UInt8], columns: [Int]) -> Set<String> {
        let wanted = columns.filter { $0 >= 0 }
        guard !wanted.isEmpty else { return [] }
        return text.withUnsafeBufferPointer { b -> Set<String> in
            guard let base = b.baseAddress else { return [] }
            let capacity = 16_384
            let spans = UnsafeMutablePointer<FieldSpan>.allocate(capacity: capacity)
            defer { spans.deallocate() }
            var scanner = CSVScanner(base: base, start: 0, end: b.count)
            var names: Set<String> = [], first = true
            while case let .record(n) = scanner.next(into: spans, capacity: capacity), n <= capacity {
                if first { first = false; continue }
                for i in wanted where i < n && spans[i].count > 0 && spans[i].count <= 64 {
                    let t = String(decoding: UnsafeBufferPointer(start: base + spans[i].start, count: spans[i].count), as: UTF8.self)
                    names.insert(LoosePlace.key(spans[i].hasEscapes ? t.replacingDoubledQuotes : t).key)
                }
                if names.count >= 100_000 { break }
            }
            names.remove("")
            return names
        }
    }

    /// readers17 (issue 11, message): the refusal of a sheet named with `--sheet` whose
    /// first row names no column tally knows (rows of notes above headerless records):
    /// it said "missing required column 'date_start'". Says the sheet has no header row,
    /// what a row further down holds (a record of another sheet's columns, such a header
    /// below the notes, or a date, a country and a figure), and what to do. Nil when the
    /// first row names a known column (an incomplete header keeps its own message), or
    /// when no row of the sheet is such (a sheet of notes alone: "missing required
    /// column … is this the right file?" says it).
    static func namedSheetWithoutHeader(path: String, name: String, sheets: [String], options: InputOptions) -> TallyError? {
        guard let wanted = options.sheet,
              let chosen = sheets.first(where: { $0 == wanted }) ?? sheets.first(where: { $0.lowercased() == wanted.lowercased() }),
              let archive = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read),
              let opened = try? read(archive, name: name, options: options),
              let head = try? InputOpener.readAhead(opened.source, Pipeline.maximumHeaderBytes),
              let names = headerNames(head) else { return nil }
        guard !names.contains(where: { name in
            name.split(whereSeparator: { $0 == ";" || $0 == "\t" || $0 == "," })
                .contains { RowLayout.knownColumns.contains(String($0).trimmingSpaces.lowercased()) }
        }) else { return nil }
        let firstCells = names.filter { !$0.trimmingSpaces.isEmpty }
        let shownFirst = firstCells.isEmpty ? "is blank"
            : "(" + firstCells.prefix(3).map { "\"\(MessageText.limited($0))\"" }.joined(separator: ", ") + (firstCells.count > 3 ? ", …" : "") + ") names no column tally reads"
        // Another sheet whose header tally reads: what the records of this one would be.
        var reference: (sheet: String, header: [String], layout: RowLayout)?
        for other in sheets where other != chosen {
            var o = options
            o.sheet = other
            guard let their = try? read(archive, name: name, options: o),
                  let h = try? InputOpener.readAhead(their.source, Pipeline.maximumHeaderBytes),
                  let hn = headerNames(h), let l = try? RowLayout(header: hn.map(\.trimmingSpaces), file: name, extraColumns: []) else { continue }
            reference = (other, hn, l)
            break
        }
        var found = ""
        var serial = false, otherColumns = false
        if let r = reference {
            let text = (opened.source as? MemorySource)?.bytes ?? head
            let known = Set(r.header.map { $0.trimmingSpaces.lowercased() })
            func cells(_ row: [String]) -> String {
                row.prefix(4).map { "\"\(MessageText.limited($0))\"" }.joined(separator: ", ") + (row.count > 4 ? ", …" : "")
            }
            switch scanSheet(text, layout: r.layout, width: r.header.count,
                             yearColumn: r.header.firstIndex(where: { $0.trimmingSpaces.lowercased() == "year" }), isHeader: { h in
                guard h.count(where: { known.contains($0.trimmingSpaces.lowercased()) }) >= 2,
                      let theirs = try? RowLayout(header: h.map(\.trimmingSpaces), file: name, extraColumns: []) else { return false }
                return theirs.schema == r.layout.schema
            }, figures: figureWords(r.layout.schema)) {
            case .header:
                found = "; a header of the columns of sheet \"\(r.sheet)\" is further down, below rows of notes"
            case let .record(row, skipped, undated):
                serial = r.layout.dateStart < row.count && CalendarDay.spreadsheetSerialDressed(row[r.layout.dateStart]) != nil
                found = "; its row \(skipped + undated + 1) (\(cells(row))) is a record of the columns of sheet \"\(r.sheet)\""
                    + (serial ? " (its date a spreadsheet's date number, a date cell that lost its date format)" : "")
            case let .loose(row, at, s, _, _, _, place):
                serial = s != nil
                otherColumns = true
                found = "; its row \(at) (\(cells(row))) holds \(s != nil ? "a spreadsheet's date number" : "a date"), \(place == nil ? "a country" : "a place"), and a whole number, as the records of sheet \"\(r.sheet)\" do"
            case let .headed(row, at, s, _):
                // readers20 (review60 F5): records under a table header of their own, placed below the country.
                serial = s != nil
                otherColumns = true
                found = "; its row \(at) (\(cells(row))) holds \(s != nil ? "a spreadsheet's date number" : "a date"), a name (a place or an actor) and a figure under a header row that names no country column, as records of sheet \"\(r.sheet)\"'s columns would"
            case nil:
                // A sheet of notes alone keeps the header's own message (review: not records).
                return nil
            }
        }
        let header = reference.map { r in
            let names = r.header.prefix(4).map { MessageText.limited($0.trimmingSpaces) }.joined(separator: ", ") + (r.header.count > 4 ? ", …" : "")
            // Rows in other columns than that sheet's: a header of their own, in its names.
            return otherColumns
                ? "a header row in its first row, above the records, naming each column as sheet \"\(r.sheet)\" names it (\(names)), with any rows of notes above them deleted"
                : "the header line of sheet \"\(r.sheet)\" (\(names)) in its first row, above the records, with any rows of notes above them deleted"
        } ?? "a header row of column names tally reads (docs/spec.md §2) in its first row, above the records, with any rows of notes above them deleted"
        return .data("\(name): sheet \"\(chosen)\" has no header row tally knows: tally reads a sheet's column names from its first row, and its first row "
            + "\(shownFirst)\(found). Put \(header)\(serial ? ", and format the dates as dates (Format Cells > Date) or write them as YYYY-MM-DD" : ""); "
            + "or save the sheet as CSV with that header line on top and give the CSV file")
    }

    /// The same advice for a workbook on disk whose first sheet's header was refused.
    static func otherSheetsAdvice(path: String, name: String, sheets: [String], options: InputOptions) -> String {
        guard let archive = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read) else { return "" }
        return otherSheetsAdvice(archive, name: name, sheets: sheets, options: options)
    }

    /// The names in the first record of CSV text (its first line; `wholeRecord`: to the
    /// record's end, past line breaks inside quotes).
    static func headerNames(_ text: [UInt8], wholeRecord: Bool = false) -> [String]? {
        text.withUnsafeBufferPointer { b -> [String]? in
            guard let base = b.baseAddress else { return nil }
            var end = 0
            while end < b.count && (wholeRecord || base[end] != 0x0A) { end += 1 }
            let capacity = 16_384
            let spans = UnsafeMutablePointer<FieldSpan>.allocate(capacity: capacity)
            defer { spans.deallocate() }
            var scanner = CSVScanner(base: base, start: 0, end: min(end + 1, b.count))
            guard case let .record(n) = scanner.next(into: spans, capacity: capacity), n <= capacity else { return nil }
            return (0 ..< n).map { i in
                let t = String(decoding: UnsafeBufferPointer(start: base + spans[i].start, count: spans[i].count), as: UTF8.self)
                return spans[i].hasEscapes ? t.replacingDoubledQuotes : t
            }
        }
    }

    /// The cell styles (indexes into `cellXfs`) whose number format shows a date.
    static func dateStyleIndexes(_ data: Data) -> Set<Int> {
        let doc = XMLHash.config { $0.shouldProcessNamespaces = true }.parse(data)
        var customDate: Set<Int> = []
        for f in doc["styleSheet"]["numFmts"]["numFmt"].all {
            guard let el = f.element, let id = el.attribute(by: "numFmtId").flatMap({ Int($0.text) }),
                  let code = el.attribute(by: "formatCode")?.text else { continue }
            if isDateFormat(code) { customDate.insert(id) }
        }
        var out: Set<Int> = []
        for (i, xf) in doc["styleSheet"]["cellXfs"]["xf"].all.enumerated() {
            guard let id = xf.element?.attribute(by: "numFmtId").flatMap({ Int($0.text) }) else { continue }
            if (14 ... 22).contains(id) || (27 ... 36).contains(id) || (45 ... 47).contains(id) || (50 ... 58).contains(id)
                || customDate.contains(id) {
                out.insert(i)
            }
        }
        return out
    }

    /// Whether a number format code shows a date: it has d, m or y outside quoted
    /// text, escapes and `[…]` (colours, elapsed hours).
    static func isDateFormat(_ code: String) -> Bool {
        var inQuote = false, inBracket = false, escaped = false
        var hasDateLetter = false
        for ch in code.lowercased() {
            if escaped { escaped = false; continue }
            if ch == "\\" { escaped = true; continue }
            if ch == "\"" { inQuote.toggle(); continue }
            if inQuote { continue }
            if ch == "[" { inBracket = true; continue }
            if ch == "]" { inBracket = false; continue }
            if inBracket { continue }
            if ch == "d" || ch == "y" { hasDateLetter = true }
            if ch == "m" { hasDateLetter = true }
            if ch == "h" || ch == "s" { continue }
            if ch == "0" || ch == "#" { return false }
        }
        return hasDateLetter
    }
}

/// What an `.xlsx` workbook may hold before tally refuses it (exit 65), so that memory
/// and time follow README's limits table whatever a workbook claims. A workbook is a zip
/// archive: 200 KB can inflate to gigabytes, so every part is bounded as it is
/// inflated, never after. Excel's own limits (16,384 columns, 1,048,576 rows, 32,767
/// characters a cell) are far inside these; a file past them was not written by a
/// spreadsheet, and a real one that large reads as CSV, which tally streams.
public enum XLSXLimits {
    /// `xl/workbook.xml`, its relationships and `xl/styles.xml` (read whole, as a tree):
    /// real ones are kilobytes (a bloated styles part a few megabytes).
    public static let smallPart = 8 << 20
    /// Nesting of those parts (Excel's are 5 deep); a tree 100,000 deep crashed the parser.
    public static let smallPartDepth = 64
    /// A part may inflate to at most this many times its packed size once past
    /// ``ratioFloor`` (real sheets pack 5–20:1, shared strings 2–5:1; deflate's most is
    /// about 1,030:1, what zip bombs use).
    public static let ratio = 100
    public static let ratioFloor = 16 << 20
    /// The text of all shared strings, their number, and one string.
    public static let sharedStringBytes = 128 << 20
    public static let sharedStringCount = 8 << 20
    public static let oneString = 16 << 20
    /// One row's values as CSV text: the CSV record limit (`Pipeline.maximumRecordBytes`).
    public static let row = Pipeline.maximumRecordBytes
    /// Excel's grid.
    public static let columns = 16_384
    public static let rows = 1_048_576
    /// One tag, comment or CDATA section.
    public static let construct = 16 << 20
    /// The sheet as CSV text, which is held whole.
    public static let sheetText = 1 << 30

    static let saveAsCSV = "if the data is real, save the sheet as CSV (Excel: File > Save As > CSV UTF-8), which tally streams"

    /// `8388608` → `8,388,608` (the same under every locale).
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (k, d) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }

    static func mib(_ bytes: Int) -> String {
        bytes >= 1 << 30 ? "\(bytes >> 30) GiB" : "\(bytes >> 20) MiB"
    }
}

/// Growable bytes for the sheet scanner. `[UInt8]` copies its whole buffer when a
/// slice of it is alive while it changes (copy on write), and in a debug build that
/// happened once per cell: a 4,000-column workbook took minutes. This buffer is never
/// shared, so it never copies, and appends do no per-byte bounds checks.
final class ByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private(set) var capacity: Int

    init(capacity: Int = 1 << 12) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Room for `extra` more bytes, doubling (so appends cost O(1) each on average).
    @inline(__always)
    func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    private func grow(_ needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        p.update(from: base, count: count)
        base.deallocate()
        base = p
        capacity = newCapacity
    }

    @inline(__always)
    func append(_ b: UInt8) {
        if count == capacity { grow(count + 1) }
        base[count] = b
        count += 1
    }

    func append(_ p: UnsafePointer<UInt8>, count n: Int) {
        guard n > 0 else { return }
        reserve(n)
        (base + count).update(from: p, count: n)
        count += n
    }

    func append(_ bytes: UnsafeRawBufferPointer) {
        guard let p = bytes.baseAddress, bytes.count > 0 else { return }
        append(p.assumingMemoryBound(to: UInt8.self), count: bytes.count)
    }

    func append(_ text: StaticString) { append(text.utf8Start, count: text.utf8CodeUnitCount) }

    func append(repeating b: UInt8, count n: Int) {
        guard n > 0 else { return }
        reserve(n)
        (base + count).initialize(repeating: b, count: n)
        count += n
    }

    /// Drops bytes from `newCount` on.
    func truncate(to newCount: Int) { count = min(count, max(0, newCount)) }

    /// Drops the first `k` bytes, moving the rest to the front.
    func removeFirst(_ k: Int) {
        guard k > 0 else { return }
        let rest = count - k
        if rest > 0 { base.update(from: base + k, count: rest) }
        count = rest
    }

    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }
}

/// The shared strings of a workbook: one byte buffer and where each string starts, so a
/// table of a million strings costs two allocations, not a million.
struct SharedStrings {
    var bytes = ByteBuffer()
    /// `offsets[i] ..< offsets[i + 1]` is string `i`.
    var offsets: [Int] = [0]

    var count: Int { offsets.count - 1 }

    init() {}

    init(_ strings: [String]) {
        for s in strings {
            var s = s
            s.withUTF8 { bytes.append(UnsafeRawBufferPointer($0)) }
            offsets.append(bytes.count)
        }
    }

    func string(_ i: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: bytes.base + offsets[i], count: offsets[i + 1] - offsets[i]), as: UTF8.self)
    }
}

/// A one-pass scanner for the two large SpreadsheetML parts (the shared strings and the
/// sheet's cells), fed piece by piece as the part is inflated. It knows only what they
/// hold: elements (with any namespace prefix), attributes in quotes, text with the five
/// named entities and numeric character references, CDATA, comments and processing
/// instructions.
///
/// Nothing is allocated per element or per cell: tag names are compared as bytes, the
/// three attributes the sheet needs (`r`, `t`, `s`) are kept as byte ranges, and a row's
/// cell values go into one reused buffer. (A `String` per tag and a dictionary per cell
/// made a 100,000-row sheet cost 2.7 s and 338 MiB.) Every step is linear in the bytes
/// read: nothing is rescanned except the one unfinished construct at the end of a piece,
/// and pieces grow so that even a construct of many megabytes is rescanned a few times.
enum SheetXML {
    enum Tag { case row, c, v, f, inlineString, t, si, phonetic, other }

    enum Event {
        case open(Tag, selfClosing: Bool)
        case close(Tag)
        /// Text between `start` and `end`; `raw` when it is CDATA (no entities).
        case text(start: Int, end: Int, raw: Bool)
        /// The rest of the bytes is an unfinished construct: more are needed.
        case needMore
        case end
    }

    /// What consumes a part's events (the shared strings, or the sheet's rows).
    protocol PartHandler: AnyObject {
        func handle(_ event: Event, _ scanner: borrowing Scanner) throws(TallyError)
    }

    struct Scanner {
        let p: UnsafePointer<UInt8>
        let n: Int
        /// Whether these are the part's last bytes (an unfinished construct is an error).
        let final: Bool
        /// Bytes of the part before `p[0]`, for messages.
        let offset: Int
        let name: String
        var i = 0
        /// Byte ranges of the last `<c>` or `<row>`'s `r`, `t` and `s` attributes (empty: absent).
        var r = 0 ..< 0, t = 0 ..< 0, s = 0 ..< 0

        init(_ p: UnsafePointer<UInt8>, _ n: Int, final: Bool, offset: Int, name: String) {
            self.p = p; self.n = n; self.final = final; self.offset = offset; self.name = name
        }

        func fail(_ what: String) -> TallyError {
            .data("\(name): malformed XML (\(what)) at byte \(offset + i); the workbook may be damaged")
        }

        @inline(__always)
        static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

        /// The tag of a name, without its namespace prefix.
        @inline(__always)
        func tag(_ a: Int, _ b: Int) -> Tag {
            var s = a
            var k = a
            while k < b { if p[k] == 0x3A { s = k + 1 }; k += 1 }
            switch b - s {
            case 1:
                switch p[s] {
                case 0x63: return .c
                case 0x76: return .v
                case 0x66: return .f
                case 0x74: return .t
                default: return .other
                }
            case 2:
                if p[s] == 0x69 && p[s + 1] == 0x73 { return .inlineString }
                if p[s] == 0x73 && p[s + 1] == 0x69 { return .si }
                return .other
            case 3:
                if p[s] == 0x72 && p[s + 1] == 0x6F && p[s + 2] == 0x77 { return .row }
                if p[s] == 0x72 && p[s + 1] == 0x50 && p[s + 2] == 0x68 { return .phonetic }
                return .other
            default:
                return .other
            }
        }

        /// Where `a b` (`b` 0 for a single byte) or `a b c` first occurs from `from`.
        func find(_ a: UInt8, _ b: UInt8 = 0, _ c: UInt8 = 0, from: Int) -> Int? {
            let length = b == 0 ? 1 : (c == 0 ? 2 : 3)
            var k = from
            while k + length <= n {
                guard let hit = memchr(p + k, Int32(a), n - length + 1 - k) else { return nil }
                k = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - p
                if length == 1 || (p[k + 1] == b && (length == 2 || p[k + 2] == c)) { return k }
                k += 1
            }
            return nil
        }

        /// The next event; `.needMore` (with `i` left at the unfinished construct) when
        /// the bytes end inside one and more are coming.
        mutating func next() throws(TallyError) -> Event {
            while true {
                guard i < n else { return .end }
                if p[i] != 0x3C {
                    let start = i
                    if let lt = memchr(p + i, 0x3C, n - i) {
                        i = UnsafePointer<UInt8>(lt.assumingMemoryBound(to: UInt8.self)) - p
                    } else if final {
                        i = n
                    } else {
                        // Text with no end yet is handed over as far as it goes (short of
                        // an entity cut in two), so a run of text never waits whole in
                        // the pending bytes: 1 GB of spaces costs no memory, and a long
                        // cell meets its limit as it grows.
                        var end = n
                        var k = n - 1
                        while k >= start && n - k <= 12 {
                            if p[k] == 0x3B { break }
                            if p[k] == 0x26 { end = k; break }
                            k -= 1
                        }
                        guard end > start else { return .needMore }
                        i = end
                    }
                    return .text(start: start, end: i, raw: false)
                }
                // Each construct below either completes or leaves `i` where it starts.
                func unfinished(_ what: String) throws(TallyError) -> Event {
                    if final { throw fail(what) }
                    return .needMore
                }
                guard i + 1 < n else { return try unfinished("a '<' at the end") }
                if p[i + 1] == 0x3F { // <? … ?>
                    guard let e = find(0x3F, 0x3E, from: i + 2) else { return try unfinished("an unclosed <?") }
                    i = e + 2
                    continue
                }
                if p[i + 1] == 0x21 { // <!-- -->, <![CDATA[ ]]>, <!DOCTYPE …>
                    guard i + 3 < n else { return try unfinished("an unclosed declaration") }
                    if p[i + 2] == 0x2D && p[i + 3] == 0x2D {
                        guard let e = find(0x2D, 0x2D, 0x3E, from: i + 4) else { return try unfinished("an unclosed comment") }
                        i = e + 3
                        continue
                    }
                    if p[i + 2] == 0x5B {
                        guard i + 9 <= n else { return try unfinished("an unclosed CDATA section") }
                        guard let e = find(0x5D, 0x5D, 0x3E, from: i + 9) else { return try unfinished("an unclosed CDATA section") }
                        let start = i + 9
                        i = e + 3
                        return .text(start: start, end: e, raw: true)
                    }
                    guard let e = find(0x3E, from: i + 2) else { return try unfinished("an unclosed declaration") }
                    i = e + 1
                    continue
                }
                if p[i + 1] == 0x2F { // </name>
                    guard let e = find(0x3E, from: i + 2) else { return try unfinished("an unclosed end tag") }
                    var last = e
                    while last > i + 2 && Scanner.isSpace(p[last - 1]) { last -= 1 }
                    let t = tag(i + 2, last)
                    i = e + 1
                    return .close(t)
                }
                return try openTag()
            }
        }

        /// `<name attr="v" …>` or `/>` at `i`.
        private mutating func openTag() throws(TallyError) -> Event {
            func unfinished(_ what: String) throws(TallyError) -> Event {
                if final { throw fail(what) }
                return .needMore
            }
            var k = i + 1
            while k < n && !Scanner.isSpace(p[k]) && p[k] != 0x3E && p[k] != 0x2F { k += 1 }
            let t = tag(i + 1, k)
            let wanted = t == .c || t == .row
            var r = 0 ..< 0, ty = 0 ..< 0, s = 0 ..< 0
            var selfClosing = false
            while true {
                while k < n && Scanner.isSpace(p[k]) { k += 1 }
                guard k < n else { return try unfinished("an unclosed tag") }
                if p[k] == 0x3E { k += 1; break }
                if p[k] == 0x2F {
                    guard k + 1 < n else { return try unfinished("an unclosed tag") }
                    guard p[k + 1] == 0x3E else { throw fail("'/' inside a tag") }
                    selfClosing = true
                    k += 2
                    break
                }
                let nameStart = k
                while k < n && p[k] != 0x3D && !Scanner.isSpace(p[k]) && p[k] != 0x3E { k += 1 }
                let nameEnd = k
                while k < n && Scanner.isSpace(p[k]) { k += 1 }
                guard k < n else { return try unfinished("an unclosed tag") }
                guard p[k] == 0x3D else { throw fail("an attribute without a value") }
                k += 1
                while k < n && Scanner.isSpace(p[k]) { k += 1 }
                guard k < n else { return try unfinished("an unclosed tag") }
                guard p[k] == 0x22 || p[k] == 0x27 else { throw fail("an unquoted attribute") }
                let quote = p[k]
                k += 1
                let valueStart = k
                guard let close = memchr(p + k, Int32(quote), n - k) else { return try unfinished("an unclosed attribute value") }
                k = UnsafePointer<UInt8>(close.assumingMemoryBound(to: UInt8.self)) - p
                // Only r, t and s (no prefix: SpreadsheetML's own attributes have none).
                if wanted && nameEnd - nameStart == 1 {
                    switch p[nameStart] {
                    case 0x72: r = valueStart ..< k
                    case 0x74: ty = valueStart ..< k
                    case 0x73: s = valueStart ..< k
                    default: break
                    }
                }
                k += 1
            }
            if wanted { self.r = r; self.t = ty; self.s = s }
            i = k
            return .open(t, selfClosing: selfClosing)
        }

        /// Appends text with its entities decoded.
        func appendText(_ start: Int, _ end: Int, raw: Bool, to out: ByteBuffer) throws(TallyError) {
            if raw || memchr(p + start, 0x26, end - start) == nil {
                out.append(p + start, count: end - start)
                return
            }
            var k = start
            while k < end {
                let b = p[k]
                if b != 0x26 { out.append(b); k += 1; continue }
                var semi = k + 1
                while semi < end && semi - k <= 12 && p[semi] != 0x3B { semi += 1 }
                guard semi < end && p[semi] == 0x3B else { throw fail("a '&' that starts no entity") }
                let entity = String(decoding: UnsafeBufferPointer(start: p + k + 1, count: semi - k - 1), as: UTF8.self)
                switch entity {
                case "amp": out.append(0x26)
                case "lt": out.append(0x3C)
                case "gt": out.append(0x3E)
                case "quot": out.append(0x22)
                case "apos": out.append(0x27)
                default:
                    var code: UInt32?
                    if entity.hasPrefix("#x") || entity.hasPrefix("#X") { code = UInt32(entity.dropFirst(2), radix: 16) }
                    else if entity.hasPrefix("#") { code = UInt32(entity.dropFirst()) }
                    guard let c = code, let scalar = Unicode.Scalar(c), c != 0 else { throw fail("an unknown entity &\(entity);") }
                    for u in String(scalar).utf8 { out.append(u) }
                }
                k = semi + 1
            }
        }

        /// An attribute's value as a whole number (nil when absent or not a number).
        func integer(_ range: Range<Int>) -> Int? {
            guard !range.isEmpty, range.count <= 18 else { return nil }
            var v = 0
            for k in range {
                let d = Int(p[k]) - 48
                guard d >= 0 && d <= 9 else { return nil }
                v = v * 10 + d
            }
            return v
        }

        /// `B12` → 1 (0-based column) from a cell reference.
        func column(_ range: Range<Int>) -> Int? {
            var v = 0, letters = 0
            for k in range {
                let u = p[k]
                if u >= 0x41 && u <= 0x5A { v = v * 26 + Int(u - 0x40) } else if u >= 0x61 && u <= 0x7A { v = v * 26 + Int(u - 0x60) } else { break }
                letters += 1
            }
            return letters > 0 && letters <= 3 ? v - 1 : nil
        }

        func equals(_ range: Range<Int>, _ text: StaticString) -> Bool {
            guard range.count == text.utf8CodeUnitCount else { return false }
            let q = text.utf8Start
            for j in 0 ..< range.count where p[range.lowerBound + j] != q[j] { return false }
            return true
        }
    }

    /// Holds the bytes of a part not yet scanned and scans them as pieces arrive.
    /// Scanning waits for at least 1 MiB, and for twice what was left unfinished last
    /// time, so a construct that spans many pieces is rescanned O(log size) times.
    struct PartReader {
        let name: String
        private let pending = ByteBuffer(capacity: 1 << 20)
        private var offset = 0
        private var threshold = 1 << 20
        /// Bytes handed to the scanner so far, counting rescans (a cost measure for tests).
        private(set) var scanned = 0
        /// The most bytes left waiting after a scan (a memory measure for tests).
        private(set) var largestPending = 0

        init(name: String) { self.name = name }

        mutating func feed(_ bytes: UnsafeRawBufferPointer, to handler: some PartHandler) throws(TallyError) {
            pending.append(bytes)
            if pending.count >= threshold { try scan(final: false, handler) }
        }

        mutating func finish(to handler: some PartHandler) throws(TallyError) {
            try scan(final: true, handler)
        }

        private mutating func scan(final: Bool, _ handler: some PartHandler) throws(TallyError) {
            var sc = Scanner(UnsafePointer(pending.base), pending.count, final: final, offset: offset, name: name)
            scanned += pending.count
            loop: while true {
                let event = try sc.next()
                switch event {
                case .end, .needMore: break loop
                default: try handler.handle(event, sc)
                }
            }
            let used = sc.i
            pending.removeFirst(used)
            offset += used
            // What is left is one unfinished tag, comment, CDATA section or declaration
            // (text is handed over as it comes): past the limit it is refused.
            largestPending = max(largestPending, pending.count)
            if pending.count > XLSXLimits.construct {
                throw .data("\(name): an XML tag, comment or CDATA section longer than \(XLSXLimits.mib(XLSXLimits.construct)) at byte \(offset): not a workbook Excel writes; \(XLSXLimits.saveAsCSV)")
            }
            // Waiting for twice what is left bounds the rescans; waiting no longer than
            // the limit lets a construct past it be seen.
            threshold = max(1 << 20, min(pending.count * 2, XLSXLimits.construct + 1))
        }
    }

    /// `<si>` items of `sharedStrings.xml`: the text of their `<t>` elements, leaving
    /// out phonetic runs (`<rPh>`).
    final class SharedStringsReader: PartHandler {
        var strings = SharedStrings()
        private var inSI = false, inT = false, phonetic = 0

        /// Ends a string, within the limits on how many there are and on their text.
        private func endString(_ sc: borrowing Scanner) throws(TallyError) {
            guard strings.count < XLSXLimits.sharedStringCount else {
                throw .data("\(sc.name): more than \(XLSXLimits.grouped(XLSXLimits.sharedStringCount)) shared strings (the limit; a sheet of a million rows has a few million): \(XLSXLimits.saveAsCSV)")
            }
            strings.offsets.append(strings.bytes.count)
        }

        func handle(_ event: Event, _ sc: borrowing Scanner) throws(TallyError) {
            switch event {
            case let .open(tag, selfClosing):
                switch tag {
                case .si: if selfClosing { try endString(sc) } else { inSI = true }
                case .t: inT = !selfClosing
                case .phonetic: if !selfClosing { phonetic += 1 }
                default: break
                }
            case let .close(tag):
                switch tag {
                case .si: if inSI { try endString(sc) }; inSI = false
                case .t: inT = false
                case .phonetic: phonetic = max(0, phonetic - 1)
                default: break
                }
            case let .text(start, end, raw):
                if inSI && inT && phonetic == 0 {
                    // Checked before the text is added (decoded text is never longer), so the
                    // buffer does not double past the limit first.
                    if strings.bytes.count + (end - start) > XLSXLimits.sharedStringBytes {
                        throw .data("\(sc.name): the shared strings hold more than \(XLSXLimits.mib(XLSXLimits.sharedStringBytes)) of text (the limit; they are held in memory while the sheet is read): \(XLSXLimits.saveAsCSV)")
                    }
                    try sc.appendText(start, end, raw: raw, to: strings.bytes)
                    if strings.bytes.count - strings.offsets[strings.offsets.count - 1] > XLSXLimits.oneString {
                        throw .data("\(sc.name): shared string \(strings.count + 1) is longer than \(XLSXLimits.mib(XLSXLimits.oneString)) (Excel holds at most 32,767 characters in a cell): a damaged workbook; \(XLSXLimits.saveAsCSV)")
                    }
                }
            case .needMore, .end: break
            }
        }
    }

    /// How deep the elements of a whole part nest, counting until `limit` is passed
    /// (a small part is checked before a tree is built from it).
    static func depth(_ data: Data, name: String, limit: Int) throws(TallyError) -> Int {
        var depth = 0, deepest = 0
        let bytes = [UInt8](data)
        return try bytes.withUnsafeBufferPointer { (b) throws(TallyError) -> Int in
            guard let base = b.baseAddress else { return 0 }
            var sc = Scanner(base, b.count, final: true, offset: 0, name: name)
            while true {
                switch try sc.next() {
                case let .open(_, selfClosing):
                    if !selfClosing { depth += 1; deepest = max(deepest, depth) }
                    if deepest > limit { return deepest }
                case .close: depth -= 1
                case .end, .needMore: return deepest
                case .text: break
                }
            }
        }
    }

    /// The shared strings of a whole part (fed in pieces of `piece` bytes, so tests
    /// can cut it anywhere).
    static func sharedStrings(_ data: [UInt8], name: String, piece: Int = 1 << 16) throws(TallyError) -> SharedStrings {
        let reader = SharedStringsReader()
        try feed(data, piece: piece, to: reader, name: name + " [xl/sharedStrings.xml]")
        return reader.strings
    }

    /// A sheet's CSV text (see ``SheetCSV``) from its whole part, fed in pieces.
    static func csv(_ data: [UInt8], strings: SharedStrings, dateStyles: Set<Int>, date1904: Bool,
                    name: String, piece: Int = 1 << 16) throws(TallyError) -> ([UInt8], Int) {
        let sheet = SheetCSV(strings: strings, dateStyles: dateStyles, date1904: date1904, name: name)
        try feed(data, piece: piece, to: sheet, name: name)
        return try sheet.finish()
    }

    private static func feed(_ data: [UInt8], piece: Int, to handler: some PartHandler, name: String) throws(TallyError) {
        var reader = PartReader(name: name)
        try data.withUnsafeBufferPointer { (buffer) throws(TallyError) in
            let all = UnsafeRawBufferPointer(buffer)
            var k = 0
            while k < all.count {
                let m = min(max(piece, 1), all.count - k)
                try reader.feed(UnsafeRawBufferPointer(rebasing: all[k ..< k + m]), to: handler)
                k += m
            }
        }
        try reader.finish(to: handler)
    }

    /// A sheet's cells as CSV text, row by row as they are scanned, starting at its first
    /// non-empty row (line `n` of the text is row `n + offset`; empty rows stay as
    /// blank lines). Rows are written as they end, so memory holds the CSV (about the
    /// size of the same data saved as CSV), one row's values and 16 bytes per row; rows
    /// narrower than the widest are padded with empty fields at the end.
    final class SheetCSV: PartHandler {
        let strings: SharedStrings
        let dateStyles: Set<Int>
        let date1904: Bool
        let name: String

        private let out = ByteBuffer(capacity: 1 << 20)
        /// The values of the row being read, and where each cell's value is in it.
        private let rowValues = ByteBuffer()
        private struct Cell { var column: Int; var start: Int; var count: Int }
        private var cells: [Cell] = []
        private var ordered = true
        /// Each written non-blank line: where its line feed is and how many fields it has.
        private var lines: [(end: Int, fields: Int)] = []
        private var width = 0

        private var inRow = false, rowNumber = 0, nextColumn = 0
        /// The sheet row of the text's first line (0 until a non-empty row is read).
        private var firstRow = 0
        private var linesWritten = 0
        /// Line breaks inside the cells written so far, and from which text line on each
        /// total applies: so a message names the sheet's row, not the text's line.
        private var extraLines = 0
        private(set) var shifts: [LineShift] = []
        /// The sheet row of the last row with a value (readers11 F12: Excel's last row
        /// is the mark of an export cut when a spreadsheet opened it).
        private(set) var lastRow = 0

        private enum Kind { case number, shared, boolean, isoDate, text }
        private var inCell = false, inV = false, inIS = false, inT = false
        private var kind = Kind.number, cellColumn = 0, cellStyle = -1, valueStart = 0
        /// Whether the cell holds a formula (`<f>`), and whether it has a `<v>` (the value
        /// a spreadsheet computed and saved for it).
        private var hasFormula = false, hasValue = false
        /// Formulas with no value saved, by column (0-based): the first sheet row of each.
        private(set) var formulasWithoutValue: [Int: Int] = [:]
        /// Columns below the header holding a cell read as a date (a number in a date
        /// format, an ISO date cell), and the header's names: a figure refused as a date
        /// is said to be Excel's doing in those columns only (``RecordLocator/message(_:)``).
        private var datedColumnIndexes = Set<Int>()
        private var headerNames: [Int: String] = [:]
        var datedColumns: Set<String> { Set(datedColumnIndexes.compactMap { headerNames[$0] }) }

        init(strings: SharedStrings, dateStyles: Set<Int>, date1904: Bool, name: String) {
            self.strings = strings; self.dateStyles = dateStyles; self.date1904 = date1904; self.name = name
        }

        func handle(_ event: Event, _ sc: borrowing Scanner) throws(TallyError) {
            switch event {
            case let .open(tag, selfClosing):
                switch tag {
                case .row:
                    if inRow { try endRow() }
                    rowNumber = sc.integer(sc.r) ?? rowNumber + 1
                    guard rowNumber <= XLSXLimits.rows else {
                        throw .data("\(name): row \(rowNumber) is past Excel's last row (\(XLSXLimits.grouped(XLSXLimits.rows))): not a sheet a spreadsheet wrote; the workbook may be damaged; \(XLSXLimits.saveAsCSV)")
                    }
                    inRow = true
                    nextColumn = 0
                    if selfClosing { try endRow() }
                case .c:
                    guard inRow else { throw sc.fail("a cell outside any row") }
                    cellColumn = sc.r.isEmpty ? nextColumn : (sc.column(sc.r) ?? nextColumn)
                    nextColumn = cellColumn + 1
                    guard cellColumn < XLSXLimits.columns && cells.count < XLSXLimits.columns else {
                        throw .data("\(name): row \(rowNumber) has a cell past Excel's last column (XFD, \(XLSXLimits.grouped(XLSXLimits.columns)) columns): not a sheet a spreadsheet wrote; the workbook may be damaged; \(XLSXLimits.saveAsCSV)")
                    }
                    if sc.t.isEmpty || sc.equals(sc.t, "n") { kind = .number }
                    else if sc.equals(sc.t, "s") { kind = .shared }
                    else if sc.equals(sc.t, "b") { kind = .boolean }
                    else if sc.equals(sc.t, "d") { kind = .isoDate }
                    else { kind = .text } // inlineStr, str, e (an error value, kept as written)
                    cellStyle = sc.integer(sc.s) ?? -1
                    valueStart = rowValues.count
                    inCell = !selfClosing
                    inV = false; inIS = false; inT = false
                    hasFormula = false; hasValue = false
                case .v: inV = !selfClosing; hasValue = true
                case .f: hasFormula = true
                case .inlineString: inIS = !selfClosing
                case .t: inT = !selfClosing
                default: break
                }
            case let .close(tag):
                switch tag {
                case .row: if inRow { try endRow() }
                case .c: if inCell { try finishCell() }; inCell = false
                case .v: inV = false
                case .inlineString: inIS = false
                case .t: inT = false
                default: break
                }
            case let .text(start, end, raw):
                if inCell && (inV || (inIS && inT)) {
                    try sc.appendText(start, end, raw: raw, to: rowValues)
                    if rowValues.count > XLSXLimits.row { throw rowTooLong() }
                }
            case .needMore, .end: break
            }
        }

        private func rowTooLong() -> TallyError {
            .data("\(name): row \(rowNumber) is longer than \(XLSXLimits.mib(XLSXLimits.row)) as text (the limit on one record; Excel holds at most 32,767 characters a cell); \(XLSXLimits.saveAsCSV)")
        }

        private func finishCell() throws(TallyError) {
            let v = rowValues.base + valueStart
            let n = rowValues.count - valueStart
            // A formula with no value saved (review46 N-i: openpyxl writes `<f>10+2</f><v></v>`):
            // the cell reads as empty, a figure missing or 0 to the reader, where a spreadsheet
            // shows 12. Excel and LibreOffice always save a formula's value (an empty text
            // result as `t="str"` and `<v></v>`), so only a file no spreadsheet calculated
            // has one. Noted by column: refused once the header says the column is read
            // (``XLSXReader/formulaWithoutValue(_:columns:name:)``); a link or notes column
            // of formulas (openpyxl's `=HYPERLINK(…)`) is no figure (review52 F1).
            if hasFormula && n == 0 && (!hasValue || kind == .number) && formulasWithoutValue[cellColumn] == nil {
                formulasWithoutValue[cellColumn] = rowNumber
            }
            switch kind {
            case .shared:
                var index = 0, ok = n > 0 && n <= 18
                for k in 0 ..< n where ok { let d = v[k]; if d < 0x30 || d > 0x39 { ok = false } else { index = index * 10 + Int(d - 0x30) } }
                guard ok, index < strings.count else {
                    let written = String(decoding: UnsafeBufferPointer(start: v, count: n), as: UTF8.self)
                    throw .data("\(name): row \(rowNumber): cell \(columnName(cellColumn))\(rowNumber) points to shared string \(written), which does not exist")
                }
                rowValues.truncate(to: valueStart)
                rowValues.append(strings.bytes.base + strings.offsets[index], count: strings.offsets[index + 1] - strings.offsets[index])
            case .boolean:
                let one = n == 1 && v[0] == 0x31
                rowValues.truncate(to: valueStart)
                rowValues.append(one ? "TRUE" : "FALSE")
            case .isoDate:
                if firstRow > 0 { datedColumnIndexes.insert(cellColumn) }
                // A time of day other than midnight or the day's last minute is kept, so
                // that the reader refuses it as in a CSV: `2009-02-28T23:00:00Z` is a local
                // midnight of the 1st, not the 28th.
                if n > 10, CalendarDay.parseDateTime(v, count: n).map({ $0.isMidnightUTC || $0.isEndOfDay }) ?? true {
                    rowValues.truncate(to: valueStart + 10)
                }
            case .text:
                break
            case .number:
                if n > 0, dateStyles.contains(cellStyle),
                   let serial = Double(String(decoding: UnsafeBufferPointer(start: v, count: n), as: UTF8.self)) {
                    rowValues.truncate(to: valueStart)
                    if firstRow > 0 { datedColumnIndexes.insert(cellColumn) }
                    SheetXML.appendDay(excelDayNumber(serial, date1904: date1904), to: rowValues)
                    SheetXML.appendTimeOfDay(serial, to: rowValues)
                } else if let shown = SheetXML.asExcelShowsIt(v, n) {
                    rowValues.truncate(to: valueStart)
                    for u in shown.utf8 { rowValues.append(u) }
                }
            }
            if rowValues.count > valueStart {
                if let last = cells.last, last.column >= cellColumn { ordered = false }
                cells.append(Cell(column: cellColumn, start: valueStart, count: rowValues.count - valueStart))
            }
        }

        /// Writes the row just read (if it has a value) after blank lines for the rows
        /// missing before it.
        private func endRow() throws(TallyError) {
            inRow = false
            inCell = false
            defer { cells.removeAll(keepingCapacity: true); rowValues.truncate(to: 0); ordered = true }
            if cells.isEmpty {
                // An empty row: a blank line, once the text has started.
                if firstRow > 0 { while firstRow + linesWritten <= rowNumber { out.append(0x0A); linesWritten += 1 } }
                return
            }
            if firstRow == 0 {
                firstRow = max(rowNumber, 1)
                for c in cells {
                    headerNames[c.column] = String(decoding: UnsafeBufferPointer(start: rowValues.base + c.start, count: c.count), as: UTF8.self).trimmingSpaces
                }
            }
            guard rowNumber >= firstRow + linesWritten else {
                throw .data("\(name): row \(rowNumber) comes after row \(firstRow + linesWritten - 1) (rows out of order, or one row given twice); the workbook may be damaged: open it in Excel and save it again")
            }
            while firstRow + linesWritten < rowNumber { out.append(0x0A); linesWritten += 1 }
            let lineStart = out.count
            if !ordered {
                // Cells out of column order (Excel never writes them so): in order, the
                // last of two cells in one column winning, as a spreadsheet shows it.
                let order = cells.indices.sorted { (cells[$0].column, $0) < (cells[$1].column, $1) }
                var sorted: [Cell] = []
                for c in order.map({ cells[$0] }) {
                    if let last = sorted.last, last.column == c.column { sorted[sorted.count - 1] = c } else { sorted.append(c) }
                }
                cells = sorted
            }
            var commas = 0
            for c in cells {
                out.append(repeating: 0x2C, count: c.column - commas)
                commas = c.column
                let v = rowValues.base + c.start
                var quote = false
                for k in 0 ..< c.count {
                    let b = v[k]
                    if b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D { quote = true; break }
                }
                if quote {
                    out.reserve(c.count + 2)
                    out.append(0x22)
                    for k in 0 ..< c.count { if v[k] == 0x22 { out.append(0x22) }; out.append(v[k]) }
                    out.append(0x22)
                } else {
                    out.append(v, count: c.count)
                }
            }
            let fields = commas + 1
            lastRow = rowNumber
            guard out.count - lineStart <= XLSXLimits.row else { throw rowTooLong() }
            guard out.count <= XLSXLimits.sheetText else { throw sheetTooLarge() }
            width = max(width, fields)
            lines.append((out.count, fields))
            var breaks = 0
            for c in cells where c.count > 0 {
                let v = rowValues.base + c.start
                for k in 0 ..< c.count where v[k] == 0x0A { breaks += 1 }
            }
            out.append(0x0A)
            linesWritten += 1
            if breaks > 0 {
                extraLines += breaks
                shifts.append(LineShift(line: linesWritten + extraLines + 1, extra: extraLines))
            }
        }

        private func sheetTooLarge() -> TallyError {
            .data("\(name): the sheet is larger than \(XLSXLimits.mib(XLSXLimits.sheetText)) as CSV text, which tally holds in memory for a workbook; save the sheet as CSV (Excel: File > Save As > CSV UTF-8), which tally streams")
        }

        /// The CSV text and the offset from its line numbers to the sheet's rows.
        func finish() throws(TallyError) -> ([UInt8], Int) {
            if inRow { try endRow() }
            guard firstRow > 0 else { throw .data("\(name): the worksheet is empty") }
            // Rows narrower than the widest get empty fields at their end.
            let padding = lines.reduce(0) { $0 + (width - $1.fields) }
            guard padding > 0 else { return (out.bytes, firstRow - 1) }
            guard out.count + padding <= XLSXLimits.sheetText else {
                throw .data("\(name): the sheet is \(width) columns wide: as text it would exceed \(XLSXLimits.mib(XLSXLimits.sheetText)); delete the columns that are not needed (or save the sheet as CSV)")
            }
            var text = [UInt8]()
            text.reserveCapacity(out.count + padding)
            var from = 0
            for (end, fields) in lines {
                text.append(contentsOf: UnsafeBufferPointer(start: out.base + from, count: end - from))
                if fields < width { text.append(contentsOf: repeatElement(0x2C, count: width - fields)) }
                from = end
            }
            text.append(contentsOf: UnsafeBufferPointer(start: out.base + from, count: out.count - from))
            return (text, firstRow - 1)
        }

    }

    /// Days since 1970-01-01 of an Excel day serial (the time of day dropped). In the
    /// 1900 system Excel counts a 29 February 1900 that never was, so serials from 61
    /// on are one day ahead of the calendar; the 1904 system (Excel for Mac) counts
    /// from 1904-01-01, 1,462 days later.
    static func excelDayNumber(_ serial: Double, date1904: Bool) -> Int32 {
        guard serial.isFinite else { return Int32.max }
        let whole = Int(clamping: Int64(max(min(serial.rounded(.down), 1e15), -1e15)))
        let days = date1904 ? whole - 24107 : (whole >= 61 ? whole - 25569 : whole - 25568)
        return Int32(clamping: days)
    }

    /// `YYYY-MM-DD` of an Excel day serial.
    static func excelDay(_ serial: Double, date1904: Bool) -> String {
        CalendarDay(daysSinceEpoch: excelDayNumber(serial, date1904: date1904)).description
    }

    /// Writes a day as `YYYY-MM-DD` without making a string.
    static func appendDay(_ days: Int32, to out: ByteBuffer) {
        let d = CalendarDay(daysSinceEpoch: days)
        let (y, m, dd) = d.components
        guard y >= 0 && y <= 9999 else { for u in d.description.utf8 { out.append(u) }; return }
        out.append(UInt8(48 + y / 1000)); out.append(UInt8(48 + y / 100 % 10)); out.append(UInt8(48 + y / 10 % 10)); out.append(UInt8(48 + y % 10))
        out.append(0x2D); out.append(UInt8(48 + m / 10)); out.append(UInt8(48 + m % 10))
        out.append(0x2D); out.append(UInt8(48 + dd / 10)); out.append(UInt8(48 + dd % 10))
    }

    /// `Thh:mm:ss` of a day serial's fraction, when it is a time other than midnight or
    /// the day's last minute (a period's end, `2023-04-30 23:59`): a date cell at 23:00
    /// is a local midnight of the next day converted to UTC as often as an event at 23:00,
    /// and the reader refuses it with the time it carries rather than cut it to its date.
    static func appendTimeOfDay(_ serial: Double, to out: ByteBuffer) {
        guard serial.isFinite, abs(serial) < 1e7 else { return }
        let seconds = Int(((serial - serial.rounded(.down)) * 86400).rounded())
        guard seconds > 0 && seconds < 23 * 3600 + 59 * 60 else { return }
        let h = seconds / 3600, m = seconds / 60 % 60, sec = seconds % 60
        out.append(0x54)
        for (k, v) in [h, m, sec].enumerated() {
            if k > 0 { out.append(0x3A) }
            out.append(UInt8(48 + v / 10)); out.append(UInt8(48 + v % 10))
        }
    }

    /// A number cell written with more significant digits than Excel keeps (15): the
    /// value to 15 digits, as Excel shows it and writes it to CSV (`12.000000000000002`,
    /// the double of the formula `=0.1*120`, is 12; review46 N-i refused it as "not a
    /// whole number"). No one can type more than 15 digits into Excel, so the digits
    /// past them are the binary fraction's, never the data's. Nil when the text is
    /// already within 15 digits, or not a plain decimal number.
    static func asExcelShowsIt(_ v: UnsafePointer<UInt8>, _ n: Int) -> String? {
        guard n > 16 && n < 40 else { return nil }
        var digits = 0, leading = true
        for k in 0 ..< n {
            let b = v[k]
            if b >= 0x30 && b <= 0x39 {
                if b != 0x30 { leading = false }
                if !leading { digits += 1 }
            } else if b != 0x2E && !(b == 0x2D && k == 0) {
                return nil // an exponent or anything else: kept as written
            }
        }
        guard digits > 15, let d = Double(String(decoding: UnsafeBufferPointer(start: v, count: n), as: UTF8.self)), d.isFinite else { return nil }
        let shown = String(format: "%.15g", d)
        return shown.contains("e") ? nil : shown
    }

    /// `B` → 1, `AA` → 26 (0-based), from a cell reference like `AA12`.
    static func columnIndex(_ ref: String) -> Int? {
        var v = 0, letters = 0
        for u in ref.utf8 {
            if u >= 0x41 && u <= 0x5A { v = v * 26 + Int(u - 0x40) } else if u >= 0x61 && u <= 0x7A { v = v * 26 + Int(u - 0x60) } else { break }
            letters += 1
        }
        return letters > 0 && letters <= 3 ? v - 1 : nil
    }

    static func columnName(_ index: Int) -> String {
        var n = index + 1
        var s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }
}
