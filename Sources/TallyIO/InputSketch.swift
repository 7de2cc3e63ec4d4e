#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TallyCore

/// What `tally info` can still say about an input that tally refuses to aggregate (an
/// ambiguous date order, a file mixing two encodings, HAPI admin levels that disagree,
/// a workbook whose first sheet is a cover): how it opens, its columns and the schema
/// they are recognised as, its rows counted (nothing is summed), where its text stops
/// being UTF-8, and for ACLED the evidence for each day/month order. A user deciding
/// which option to give needs these, not only the refusal.
///
/// It reads the input once more, only after a refusal, and never decides anything a
/// sum depends on: the refusal stands.
public struct InputSketch: Sendable {
    /// Packaging and encoding; nil when the input could not be opened as text.
    public var input: InputDescription?
    /// The header's names, as written.
    public var columns: [String] = []
    /// The names as `tally info` shows them: each cut short and at most 20, and none
    /// when no name is a column tally knows (such a first line may be anything, a
    /// password hash included, and is not echoed; as in messages, RowLayout.describe).
    public var columnsShown: String {
        let known = columns.contains { RowLayout.knownColumns.contains($0.trimmingSpaces.lowercased()) }
        guard known else {
            return "\(columns.count) field\(columns.count == 1 ? "" : "s") in the first line, none of them a column tally knows (not shown)"
        }
        let shown = columns.prefix(20).map { $0.isEmpty ? "(no name)" : MessageText.excerpt($0, limit: 40) }.joined(separator: ", ")
        return "\(columns.count): " + shown + (columns.count > 20 ? ", … (\(columns.count - 20) more)" : "")
    }
    /// The schema the header is recognised as (or the one given); nil without a header.
    public var schema: Schema?
    /// Why the header does not fit the schema (a missing column), when it does not.
    public var headerProblem: String?
    /// Records after the header (blank lines and an HXL tag row not counted).
    public var rows = 0
    /// Where counting stopped before the end (malformed quoting, a read error).
    public var stopped: String?
    /// The first byte that is not UTF-8 in text read as UTF-8: its line and value.
    public var notUTF8: (line: Int, byte: UInt8)?
    /// Whether the text before that byte holds UTF-8 letters (the file mixes encodings).
    public var utf8Before = false
    /// ACLED: all-numeric dates and what each order would make of them.
    public var slashed = SlashedDates()
    /// HDX HAPI: rows by admin level.
    public var adminLevels: [Int: Int] = [:]

    /// All-numeric dates (`05/06/2016`) and the order each allows.
    public struct SlashedDates: Sendable {
        public var dayFirstOnly = 0, monthFirstOnly = 0, either = 0
        public var firstDayFirst: (line: Int, text: String)?
        public var firstMonthFirst: (line: Int, text: String)?
        public var firstEither: (line: Int, text: String)?
        /// The span of the file's dates read day first and month first (every dated
        /// row, slashed or not; nil when some row cannot be read in that order).
        public var spanDMY: (CalendarDay, CalendarDay)?
        public var spanMDY: (CalendarDay, CalendarDay)?
        public var total: Int { dayFirstOnly + monthFirstOnly + either }
    }

    /// Sketches a file on disk (standard input cannot be read a second time).
    public static func of(path: String, options: InputOptions, schema requested: Schema) -> InputSketch {
        var sketch = InputSketch()
        guard let fd = try? InputFile.openForReading(path) else { return sketch }
        defer { close(fd) }
        guard let opened = try? InputOpener.open(fd: fd, path: path, name: path, options: options) else { return sketch }
        sketch.input = opened.description
        var reader = BlockReader(source: opened.source, name: path, blockSize: 1 << 22)
        var block = Block(capacity: 1 << 22)
        var carry: [UInt8] = []
        var line = 1
        var layout: RowLayout?
        var awaitingHeader = true, awaitingTags = true
        var spanCapacity = 256
        var spans = UnsafeMutablePointer<FieldSpan>.allocate(capacity: spanCapacity)
        defer { spans.deallocate() }
        var dmy: (CalendarDay, CalendarDay)?, mdy: (CalendarDay, CalendarDay)?
        var dmyFails = false, mdyFails = false
        func widen(_ s: inout (CalendarDay, CalendarDay)?, _ d: CalendarDay) {
            s = s.map { (min($0.0, d), max($0.1, d)) } ?? (d, d)
        }
        while true {
            let atEOF: Bool
            do { atEOF = try reader.fill(block, carry: &carry) } catch {
                sketch.stopped = "line \(line): \(error.message)"
                break
            }
            if block.count == 0 && !atEOF {
                // A record longer than the block: a larger block, up to the reader's limit.
                if carry.count > Pipeline.maximumRecordBytes {
                    sketch.stopped = "line \(line): a record longer than 16 MiB starts here"
                    break
                }
                block = Block(capacity: carry.count * 2)
                continue
            }
            var start = 0
            if awaitingHeader && block.count >= 3 && block.memory[0] == 0xEF && block.memory[1] == 0xBB && block.memory[2] == 0xBF { start = 3 }
            if sketch.notUTF8 == nil, let p = firstTextProblem(block.memory + start, block.count - start), p.kind == .invalidUTF8 {
                let at = start + p.offset
                sketch.notUTF8 = (line + countLineFeeds(block.memory, from: 0, to: at), block.memory[at])
                // UTF-8 letters before it: the file is not one single-byte encoding throughout.
                sketch.utf8Before = sketch.utf8Before || UndecidedEncodingSource.firstHighByte(block.memory + start, at - start) != nil
            } else if sketch.notUTF8 == nil {
                sketch.utf8Before = sketch.utf8Before || UndecidedEncodingSource.firstHighByte(block.memory + start, block.count - start) != nil
            }
            // Excel's `sep=` line above the header: not the header (a separator other
            // than a comma is the header's problem).
            var skipped = 0
            if awaitingHeader, let sep = separatorLine(block.memory, start: start, end: block.count) {
                if sep.separator != [0x2C] { sketch.headerProblem = separatorLineProblem(sep.separator) }
                start = sep.next
                skipped = 1
            }
            var scanner = CSVScanner(base: block.memory, start: start, end: block.count)
            // Line feeds before the scanner's start (it restarts for a record wider than the spans).
            scan: while true {
                let recordStart = scanner.position, feedsBefore = scanner.lineFeeds
                let here = line + skipped + feedsBefore
                switch scanner.next(into: spans, capacity: spanCapacity) {
                case .endOfBlock:
                    break scan
                case let .malformed(problem, _):
                    sketch.stopped = "line \(here): \(problem.message)"
                    break scan
                case let .record(n):
                    if n > spanCapacity {
                        // Wider than the spans: read this record again with room for all.
                        spans.deallocate()
                        spanCapacity = n
                        spans = .allocate(capacity: n)
                        skipped += feedsBefore
                        scanner = CSVScanner(base: block.memory, start: recordStart, end: block.count)
                        continue scan
                    }
                    func text(_ i: Int) -> String {
                        guard i >= 0 && i < n else { return "" }
                        let s = spans[i]
                        let t = String(decoding: UnsafeBufferPointer(start: block.memory + s.start, count: s.count), as: UTF8.self)
                        return s.hasEscapes ? t.replacingDoubledQuotes : t
                    }
                    if awaitingHeader {
                        awaitingHeader = false
                        sketch.columns = (0 ..< n).map(text)
                        do {
                            layout = try RowLayout(header: sketch.columns.map(\.trimmingSpaces), file: path,
                                                   extraColumns: [], schema: requested)
                            sketch.schema = layout!.schema
                            if sketch.headerProblem != nil { layout = nil }
                        } catch where sketch.headerProblem != nil {
                            sketch.schema = requested == .auto ? Schema.detect(header: sketch.columns) : requested
                        } catch {
                            sketch.schema = requested == .auto ? Schema.detect(header: sketch.columns) : requested
                            sketch.headerProblem = error.message
                        }
                        continue scan
                    }
                    if n == 1 && spans[0].count == 0 { continue scan }
                    if (0 ..< n).allSatisfy({ spans[$0].count == 0 }) { continue scan }
                    if awaitingTags {
                        awaitingTags = false
                        if (0 ..< n).allSatisfy({ spans[$0].count == 0 || text($0).trimmingSpaces.hasPrefix("#") }) { continue scan }
                    }
                    sketch.rows += 1
                    guard let layout else { continue scan }
                    if layout.schema == .acled, layout.dateStart >= 0, layout.dateStart < n {
                        let s = spans[layout.dateStart]
                        let p = UnsafePointer(block.memory + s.start)
                        switch CalendarDay.slashedEvidence(p, count: s.count, thisYear: Clock.thisYear) {
                        case .dayFirst:
                            sketch.slashed.dayFirstOnly += 1
                            if sketch.slashed.firstDayFirst == nil { sketch.slashed.firstDayFirst = (here, text(layout.dateStart)) }
                        case .monthFirst:
                            sketch.slashed.monthFirstOnly += 1
                            if sketch.slashed.firstMonthFirst == nil { sketch.slashed.firstMonthFirst = (here, text(layout.dateStart)) }
                        case .ambiguous:
                            sketch.slashed.either += 1
                            if sketch.slashed.firstEither == nil { sketch.slashed.firstEither = (here, text(layout.dateStart)) }
                        case .notSlashed, .sameEitherWay, .invalid:
                            break
                        }
                        if let (d, _) = CalendarDay.parseAnyForm(p, count: s.count, order: .dmy, thisYear: Clock.thisYear) { widen(&dmy, d) } else { dmyFails = true }
                        if let (d, _) = CalendarDay.parseAnyForm(p, count: s.count, order: .mdy, thisYear: Clock.thisYear) { widen(&mdy, d) } else { mdyFails = true }
                    }
                    if layout.schema == .hapiConflict, let level = Int(text(layout.adminLevel).trimmingSpaces) {
                        sketch.adminLevels[level, default: 0] += 1
                    }
                }
            }
            line += countLineFeeds(block.memory, from: 0, to: block.count)
            if sketch.stopped != nil || atEOF { break }
        }
        sketch.slashed.spanDMY = dmyFails ? nil : dmy
        sketch.slashed.spanMDY = mdyFails ? nil : mdy
        return sketch
    }
}
