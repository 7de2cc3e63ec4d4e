#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CTallyScan
import Dispatch
import TallyCore

/// The process's allocation policy for a run of tally (``tally_map_large_allocations``):
/// called once by the command line before anything is read.
public enum MemoryPolicy {
    public static func apply() { tally_map_large_allocations() }
}

/// Reader → workers hand-off with a bounded number of blocks in flight.
final class Pipeline: @unchecked Sendable {
    let request: IngestRequest
    /// The admin levels of the run's HDX HAPI files, so two files at different levels
    /// of one place are refused rather than added (HAPIConflict.Levels).
    let hapiLevels: HAPIConflict.Levels
    /// Whether an input was an HDX HAPI file (a run's `--admin-level` reads only those).
    private var readHAPI = false
    let parsers: [BlockParser]
    private let lock = Lock()
    private var queue: [Block] = []
    private var head = 0
    private let available = DispatchSemaphore(value: 0)
    private var free: [Block] = []
    private let freeSlots: DispatchSemaphore
    private var threads: [WorkerThread] = []
    private var sequence = 0
    /// Line feeds in each block, indexed by sequence, and the file it belongs to.
    private var blockLines: [Int] = []
    private var blockFiles: [FileContext?] = []
    /// The error earliest in file order so far; `sequence` is the block it was found
    /// in, or, for an error of a whole file (its header, a read failure), the block
    /// that would have come next.
    /// Ranked by the file's place among the inputs as given, then by block: when files
    /// are read last first (looking for duplicates), the first file's error still wins.
    private var firstError: (rank: Rank, failure: Failure)?
    /// The input being fed (its place as given).
    private var currentFile = 0

    struct Rank: Comparable {
        var file: Int
        var sequence: Int
        static func < (a: Rank, b: Rank) -> Bool { (a.file, a.sequence) < (b.file, b.sequence) }
    }
    private var fileSummaries: [(index: Int, summary: FileSummary)] = []
    /// Blocks the workers have finished (for the barrier between files).
    private var blocksDone = 0
    private let blockDone = DispatchSemaphore(value: 0)
    /// Event ids of the files read so far (given later: files are read last first
    /// when duplicates are looked for); nil when they are not.
    private let laterIds: IdTable?
    /// The ids of the input being read, shared by the workers (a repeat within one
    /// input is counted once).
    private let inputIds: InputIds
    /// Fingerprints of the input's rows without ids (exact repeats are counted, not dropped).
    private let rowFingerprints: RowFingerprints
    /// Fingerprints of the stable shapes of the input's UCDP and ACLED rows without ids
    /// (``BlockParser/shapeFingerprints``): its pages are touched only by such rows.
    private let shapeFingerprints: RowFingerprints
    /// Whether the one input is read without a table of its ids, checking instead that
    /// they rise throughout (``IdOrder``); then ``idsRoseThroughout`` must be asked.
    let checksIdOrder: Bool
    /// Each block's ``IdOrder/Summary``, by sequence (blocks without ids have none).
    private var idOrders: [Int: IdOrder.Summary] = [:]
    /// Set at the first block whose ids do not rise: reading stops, as after an error.
    private var idOrderBroken = false
    private var duplicates = DuplicateCounts()
    /// The ``ContentHash`` of the input being read (its blocks' sums), and each input's
    /// once read (with its index).
    private var content = ContentHash()
    private var contents: [(hash: ContentHash, file: Int)] = []
    /// The inputs in the order read (the places ``RowFingerprints`` numbers them by).
    private var readOrder: [Int] = []
    /// Rows without ids repeating an earlier row of their input, by the place read.
    private var repeatsIn: [Int: Int] = [:]
    /// Several inputs: each input's rows by country and day, without ids and with them
    /// (``DayTable``), to find two exports of one source that overlap.
    private let tracksDays: Bool
    /// With each input's tables, the first and last day of their rows (nil: none). Two
    /// inputs whose days do not meet share no country-day and no cut day, so the pair is
    /// not compared (``OverlapFinding/compare`` finds nothing there): a daily archive of
    /// 1,500 one-row files compared every pair, each copying both tables (review46 H1, 111 s).
    private var dayTables: [(file: Int, without: DayTable, with: DayTable, span: (first: Int32, last: Int32)?)] = []
    /// readers15 (review56 F3): each kept input's (country, event kind) pairs of its rows
    /// with ids (``BlockParser/idKindDays``), by file: the kinds a later pull holds.
    private var idKinds: [Int: Set<IdKindDay>] = [:]
    /// Set before the last input is fed: its rows are not kept as tables but matched
    /// with the earlier inputs' as they come (``DayProbe``; issue 9).
    var feedsLastInput = false
    /// The probes of the input being read when it is the last: per earlier table (its
    /// place in ``dayTables``), whether the input's rows with ids go to it and whether it
    /// is the earlier input's table of rows with ids, and its place among its stream's.
    private var probes: [(earlier: Int, hereIds: Bool, earlierIds: Bool, probe: DayProbe, slot: Int)] = []
    private var streaming = false
    /// The tables read so far: per country and measure, the days their rows span; and
    /// the same of the inputs of event records (when several inputs are compared).
    /// Each table's cells (``BlockParser/TableCell``) too, and those of an input of
    /// records that is a table by period (``BlockParser/RecordDates/isTable``).
    private var tableSpans: [(file: Int, spans: [UInt64: BlockParser.TableSpan], cells: TableCells)] = []
    private var recordSpans: [(file: Int, spans: [UInt64: BlockParser.TableSpan], dates: BlockParser.RecordDates, cells: TableCells?)] = []
    /// Each input of records' sums by place, measure and month or week (``BlockParser/PeriodSums``),
    /// with its days by country and measure.
    private var periodSums: [(file: Int, sums: BlockParser.PeriodSums, spans: [UInt64: BlockParser.TableSpan])] = []
    /// ``periodSums``' table figures and records' sums by place, measure and figure: the
    /// earlier inputs a new one may be a table of, or hold the records of, are looked up.
    private var sumIndex = SumIndex()
    /// The inputs whose sums grew past ``BlockParser/cellLimit`` (after the run's
    /// filters): not compared as tables or as records; the run says so (review33 S6).
    private var unsummedInputs: [Int] = []
    /// Rows set aside for implausible dates: block, line in block, message, file.
    private var implausible: [(sequence: Int, line: Int, message: String, file: FileContext)] = []
    private var implausibleCount = 0
    let plausible: PlausibleDates

    enum Failure {
        /// A bad record; its absolute line is known once earlier blocks are counted.
        case record(BlockError, FileContext)
        /// An error that already carries its whole message.
        case file(TallyError)
    }

    /// The longest record read before giving up: a quoted field left open (or a file
    /// without line feeds, such as /dev/zero) would otherwise pull the rest of the file
    /// into memory looking for its end. Reading a record this long takes about 2.5
    /// times its size (the record carried over, the block it grows into), so 16 MiB
    /// keeps the worst case near the 64 MiB README promises.
    public static let maximumRecordBytes = 16 << 20
    /// The longest header line: real headers are a few hundred bytes (UCDP GED's 50
    /// columns are 600), and every header name is kept for the whole run.
    public static let maximumHeaderBytes = 1 << 20
    /// Bytes from the start of a file that per-file decisions look at.
    static let decisionWindow = 1 << 20

    init(request: IngestRequest, workers: Int, deduplicate: Bool, checksIdOrder: Bool = false) {
        self.checksIdOrder = checksIdOrder
        self.request = request
        hapiLevels = HAPIConflict.Levels(supersedes: deduplicate, single: request.files.count == 1)
        let plausible = request.plausibleDates ?? .standardToday
        self.plausible = plausible
        let later: IdTable? = deduplicate ? IdTable() : nil
        laterIds = later
        let ids = InputIds()
        inputIds = ids
        let fingerprints = RowFingerprints()
        rowFingerprints = fingerprints
        let shapes = RowFingerprints()
        shapeFingerprints = shapes
        let tracksDays = request.files.count > 1 && request.overlap != .both
        self.tracksDays = tracksDays
        parsers = (0 ..< workers).map { _ in
            let p = BlockParser(config: request.config, filter: request.filter, collectSources: request.collectSources,
                                plausible: plausible,
                                collectImplausible: request.collectImplausibleDates, localeAdvice: request.localeAdvice)
            p.laterIds = later
            p.inputNames = request.files
            p.inputIds = checksIdOrder ? nil : ids
            p.rowFingerprints = fingerprints
            p.shapeFingerprints = shapes
            p.checksIdOrder = checksIdOrder
            p.tracksDays = tracksDays
            p.checksSameFileTotals = request.overlap != .both
            p.stockTablesAtAnyPeriod = request.stockTablesAtAnyPeriod
            p.thisYear = request.thisYear ?? Clock.thisYear
            return p
        }
        freeSlots = DispatchSemaphore(value: workers * 2)
        threads = parsers.map { p in WorkerThread { [self] in self.work(p) } }
    }

    var hasFailed: Bool { lock.locked { firstError != nil || idOrderBroken } }

    /// Whether an error in an input given before `file`, or in it, is known: then
    /// reading `file` on cannot change the outcome.
    func hasFailed(atOrBefore file: Int) -> Bool {
        lock.locked { idOrderBroken || (firstError.map { $0.rank.file <= file } ?? false) }
    }

    /// Records a failure at `sequence` unless an earlier one is known.
    private func record(_ failure: Failure, at sequence: Int, file: Int) {
        let rank = Rank(file: file, sequence: sequence)
        lock.locked {
            if firstError == nil || rank < firstError!.rank { firstError = (rank, failure) }
        }
    }

    /// Records an error of the file being fed, placed after every block handed out so far.
    func fail(_ error: TallyError) {
        record(.file(error), at: lock.locked { sequence }, file: currentFile)
    }

    private func acquireBlock(minimum: Int) -> Block {
        freeSlots.wait()
        return lock.locked {
            if let i = free.lastIndex(where: { $0.capacity >= minimum }) { return free.remove(at: i) }
            // Larger blocks made for a long record that are now too small are no use:
            // let them go rather than keep every size on the way up.
            free.removeAll { $0.capacity > request.blockSize && $0.capacity < minimum }
            return Block(capacity: max(minimum, request.blockSize))
        }
    }

    private func submit(_ b: Block) {
        lock.locked {
            b.sequence = sequence
            sequence += 1
            blockLines.append(0)
            blockFiles.append(b.file)
            queue.append(b)
        }
        available.signal()
    }

    private func work(_ parser: BlockParser) {
        while true {
            available.wait()
            let b: Block? = lock.locked {
                if head < queue.count { head += 1; return queue[head - 1] }
                return nil
            }
            guard let b, let file = b.file else { return } // nil file: stop marker
            let skip = lock.locked {
                idOrderBroken || (firstError.map { $0.rank < Rank(file: file.index, sequence: b.sequence) } ?? false)
            }
            // A block's lines counted apart from its reading, when it is not read (an earlier
            // row was refused) or its reading threw: a row a refusal names may lie after it
            // (review58 P1: a repeated id is reported at its earlier row, and a later block's
            // line counted from blocks left at 0 lines said "line 10264" as "line 2").
            func countLinesOfBlock() {
                let lines = countLineFeeds(b.memory, from: b.start, to: b.count)
                lock.locked { blockLines[b.sequence] = lines }
            }
            if skip {
                countLinesOfBlock()
            } else {
                let problem = firstTextProblem(b.memory + b.start, b.count - b.start).map {
                    TextProblem(offset: $0.offset + b.start, kind: $0.kind)
                }
                parser.sequence = b.sequence
                parser.fileIndex = request.dataset(ofFile: file.index)
                parser.inputIndex = file.index
                do {
                    let lines = try parser.parse(b.memory, start: b.start, end: b.count, layout: file.layout,
                                                 textProblem: problem)
                    let part = (parser.contentA, parser.contentB, parser.contentRows)
                    lock.locked {
                        blockLines[b.sequence] = lines
                        if part.2 > 0 { content.add(a: part.0, b: part.1, rows: part.2) }
                    }
                } catch {
                    countLinesOfBlock()
                    record(.record(error, file), at: error.sequence ?? b.sequence, file: file.index)
                }
                if checksIdOrder {
                    let summary = parser.idOrder.summary { parser.aggregator.strings.string($0) }
                    parser.idOrder = IdOrder()
                    if let summary {
                        lock.locked {
                            idOrders[b.sequence] = summary
                            if summary.broken { idOrderBroken = true }
                        }
                    }
                }
                if parser.implausibleCount > 0 {
                    let found = parser.implausible
                    let n = parser.implausibleCount
                    parser.implausible.removeAll()
                    parser.implausibleCount = 0
                    lock.locked {
                        implausibleCount += n
                        for f in found { implausible.append((b.sequence, f.line, f.message, file)) }
                    }
                }
            }
            lock.locked {
                b.file = nil
                free.append(b)
                blocksDone += 1
            }
            blockDone.signal()
            freeSlots.signal()
        }
    }

    /// Waits until the workers have parsed every block handed out; then the ids of
    /// the file just read join those of the files read before it.
    func barrier() {
        while lock.locked({ blocksDone < sequence }) { blockDone.wait() }
        inputIds.drain(into: laterIds, file: currentFile)
        let met = rowFingerprints.drain()
        let shapesMet = shapeFingerprints.drain()
        readOrder.append(currentFile)
        duplicates.sameRowsWithoutId += met.repeats
        duplicates.uncheckedWithoutId += met.unchecked
        let whole: ContentHash = lock.locked {
            defer { content = ContentHash() }
            return content
        }
        // The input's rows by country and day (every worker's), and rows left out
        // for --overlap later.
        var days: (without: DayTable, with: DayTable)?
        var streamed: (without: StreamedDays, with: StreamedDays)?
        var hereKindDays: [IdKindDay: Int32] = [:]
        if tracksDays {
            for p in parsers {
                duplicates.overlapLeftOut += p.overlapLeftOut
                p.overlapLeftOut = 0
                duplicates.placelessKept += p.placelessKept
                p.placelessKept = 0
                for (m, v) in p.placelessKeptBest {
                    let (sum, over) = duplicates.placelessKeptBest[p.aggregator.strings.string(m), default: 0].addingReportingOverflow(v)
                    duplicates.placelessKeptBest[p.aggregator.strings.string(m)] = over ? Int64.max : sum
                }
                p.placelessKeptBest = [:]
            }
            if streaming {
                var withoutParts: [DayStream] = [], withParts: [DayStream] = []
                for p in parsers {
                    withoutParts.append(p.streamWithoutId); p.streamWithoutId = DayStream()
                    withParts.append(p.streamWithId); p.streamWithId = DayStream()
                    p.streamsDays = false
                }
                streamed = (StreamedDays(&withoutParts), StreamedDays(&withParts))
            } else {
                // Each worker's rows moved out (the parser keeps no reference, so they are
                // sorted in place) and merged into the input's compact table.
                var withoutParts: [DayTable] = [], withParts: [DayTable] = []
                for p in parsers {
                    withoutParts.append(p.daysWithoutId); p.daysWithoutId = DayTable()
                    withParts.append(p.daysWithId); p.daysWithId = DayTable()
                }
                days = (DayTable.finished(&withoutParts), DayTable.finished(&withParts))
                // The workers' chunks just freed sit in their threads' malloc arenas: given
                // back, they are not counted on top of the tables kept (RSS).
                tally_release_free_memory()
            }
            // The input's place spellings (``LoosePlace``): whether it writes a place
            // both with an area word and without.
            for p in parsers {
                for (k, n) in p.takeIdKindDays() { hereKindDays[k, default: 0] += n }
            }
            var spellings: [UInt64: PlaceSpelling] = [:]
            for p in parsers {
                for (k, v) in p.takePlaceSpellings() { spellings[k, default: PlaceSpelling()].merge(v) }
            }
            days?.without.spellings = spellings
            days?.with.spellings = spellings
            streamed?.without.spellings = spellings
            streamed?.with.spellings = spellings
        }
        defer { if streaming { streaming = false; probes = [] } }
        guard !hasFailed else { return }
        func named(_ i: Int) -> String { inputName(i) }
        func rows(_ n: Int) -> String { n == 1 ? "1 row" : "\(Estimate.grouped(Int64(n))) rows" }
        // Overlapping exports joined into one file (review28 S8: `cat a.csv b.csv`,
        // `tail -n +2 b.csv >> a.csv`; review29 S7: with a figure corrected or a row
        // added here and there): a stretch of rows over two days or more, at least two
        // thirds of them repeating distinct earlier records of the input, as across two
        // files (``RowFingerprints/RepeatedRun/isJoined``). Honest files repeat a
        // record within its day, near it, one record many times (review29 R1: a
        // country-level list in published order is read, with the note).
        if met.run.isJoined && request.overlap != .both {
            let r = met.run
            let dates = "\(CalendarDay(daysSinceEpoch: r.first)) to \(CalendarDay(daysSinceEpoch: r.last))"
            let share = r.repeated == r.rows ? "each" : "\(Estimate.grouped(Int64(r.repeated))) of them"
            fail(.data("\(named(currentFile)) holds \(rows(r.rows)) without an id, one after another on days from \(dates), \(share) repeating an earlier row "
                + "of the same input (the same date, place, measure and figures): a stretch of days given twice, the mark of overlapping exports joined "
                + "into one file (cat a.csv b.csv, tail -n +2 b.csv >> a.csv); read, each of those events would be counted twice: remove the repeated rows "
                + "(awk '!seen[$0]++' drops copies byte for byte; rows a newer export corrected or added are not copies), or give the exports as separate "
                + "files (an overlap of two files is found, and --overlap later counts the later one's dates), or give the rows ids; if they are other "
                + "events alike, give --overlap both"))
            return
        }
        // The same, sorted (review30 S8: joined exports sorted by date, by country then
        // date, or the later one in any order; a "last 7 days" export appended daily):
        // each copy beside its first, no stretch of repeats, but a run of days on which
        // every record is given twice or more (``RowFingerprints/doubledDays(_:)``).
        if met.doubled.repeated > 0 && request.overlap != .both {
            let r = met.doubled
            let dates = "\(CalendarDay(daysSinceEpoch: r.first)) to \(CalendarDay(daysSinceEpoch: r.last))"
            fail(.data("\(named(currentFile)) gives every row without an id of \(Estimate.grouped(Int64(r.days))) days from \(dates) (days with rows one after "
                + "another) twice or more: \(rows(r.rows)) there, for \(Estimate.grouped(Int64(r.repeated))) records each repeated (the same date, place, measure "
                + "and figures), the mark of overlapping exports joined into one file and sorted (cat a.csv b.csv | sort, or a \"last 7 days\" export appended "
                + "every day), in any order; read, each of those events would be counted twice or more (rows naming different people in a column "
                + "such as name are not taken for copies; notes, sex, age or a pull's date do not tell rows apart). If each row is an event or a person of its own (a casualty list of one row per person killed, "
                + "where rows alike are different people), give each row an id of its own, for example its line number after the file's name "
                + "(awk -F, 'NR==1{print \"id,\" $0; next} {print \"\(Self.idPrefix(named(currentFile)))-\" NR-1 \",\" $0}' \(named(currentFile)) > with_ids.csv), "
                + "and every row counts once, with every other check of the run kept (--overlap both also reads them, but turns off the checks of "
                + "overlapping exports, tables of sums and publishers for every input of the run); if they are copies, give the exports as separate "
                + "files (an overlap of two files is found, and --overlap later counts the later one's dates), or remove the copies (sort -u, or "
                + "awk '!seen[$0]++', drops them byte for byte: only when they are copies)"))
            return
        }
        // A revision appended to the export it revised, sorted or not (review30 S14: an
        // ACLED re-pull without ids, fatalities revised, appended): the same rows but for
        // their figures, by their stable shapes (UCDP and ACLED columns every release
        // writes alike), as the two-file test compares them.
        if request.overlap != .both, shapesMet.doubled.repeated > 0 || shapesMet.run.isJoined {
            let r = shapesMet.doubled.repeated > 0 ? shapesMet.doubled : shapesMet.run
            let dates = "\(CalendarDay(daysSinceEpoch: r.first)) to \(CalendarDay(daysSinceEpoch: r.last))"
            fail(.data("\(named(currentFile)) holds the same rows without an id twice or more but for their figures on days from \(dates) (\(rows(r.rows)) there, "
                + "\(Estimate.grouped(Int64(r.repeated))) of them alike in date, first-level place, event type and location to an earlier row of the same input but "
                + "maybe not in their figures), the mark of a re-export with revised figures joined to the export it revises; read, each of those events would "
                + "be counted twice: keep one version of those days (the newer, if it revises the other), or give the exports as separate files (their overlap is "
                + "found, and --overlap later counts the later one's dates), or give the rows their ids (event_id_cnty, id: an event with an id is counted once, "
                + "the file given later winning); if they are other events alike, give --overlap both"))
            return
        }
        // A copy of an input, or one whose every record is in another, first: its message
        // says more than that two tables share days (a table given twice in two forms).
        if whole.rows > 0, !checkRecordsWithoutIds(whole, met, named: named, rows: rows) { return }
        // Totals typed among the input's own events (``SameFileTotals``).
        var totals = SameFileTotals()
        for p in parsers { totals.merge(p.drainSameFileTotals()) }
        if request.overlap != .both {
            totals.rollUp()
            if let f = totals.finding() {
                fail(.data(SameFileTotals.message(f, input: named(currentFile), line: lineAt(f.at))))
                return
            }
        }
        checkTableOverlap()
        guard !hasFailed else { return }
        if days != nil || streamed != nil {
            // This input's rows with ids or without, empty or not: once, not per earlier
            // input (each look copied this input's two tables, issue 9: 2,000 files of one day).
            let hereEmpty = days.map { (without: $0.without.isEmpty, with: $0.with.isEmpty) }
                ?? (without: streamed!.without.isEmpty, with: streamed!.with.isEmpty)
            func hereIsEmpty(_ ids: Bool) -> Bool { ids ? hereEmpty.with : hereEmpty.without }
            // This input's rows (with ids or without) against earlier input `e`'s table.
            func finding(_ e: Int, hereIds: Bool, earlierIds: Bool, hereFirst: Bool) -> OverlapFinding? {
                let y = earlierIds ? dayTables[e].with : dayTables[e].without
                if let days {
                    let x = hereIds ? days.with : days.without
                    return hereFirst ? OverlapFinding.compare(x, y) : OverlapFinding.compare(y, x)
                }
                guard let p = probes.first(where: { $0.earlier == e && $0.hereIds == hereIds && $0.earlierIds == earlierIds }) else { return nil }
                let s = hereIds ? streamed!.with : streamed!.without
                return OverlapFinding.compare(p.probe, s, elsewhere: s.elsewhere[p.slot], streamFirst: hereFirst)
            }
            // This input's rows (not zero rows) on days earlier input `e`'s table covers.
            func covered(_ e: Int, hereIds: Bool, earlierIds: Bool) -> Int {
                let y = earlierIds ? dayTables[e].with : dayTables[e].without
                return covered(e, hereIds: hereIds, earlierIds: earlierIds) { y.covers(country: $0, day: $1) }
            }
            func covered(_ e: Int, hereIds: Bool, earlierIds: Bool, where test: (UInt64, Int32) -> Bool) -> Int {
                if let days { return (hereIds ? days.with : days.without).rowsCovered(where: test) }
                guard let p = probes.first(where: { $0.earlier == e && $0.hereIds == hereIds && $0.earlierIds == earlierIds }) else { return 0 }
                return (hereIds ? streamed!.with : streamed!.without).rowsCovered(where: test, probe: p.probe, p.slot)
            }
            // The days of this input's rows; an earlier input whose days do not meet them
            // is not compared (``dayTables``' spans).
            let hereSpan = days.map { Self.daySpan($0.without.ranges, $0.with.ranges) } ?? Self.daySpan(streamed!.without.ranges, streamed!.with.ranges)
            func meets(_ e: Int) -> Bool {
                guard let h = hereSpan, let s = dayTables[e].span else { return false }
                return s.first <= h.last && h.first <= s.last
            }
            if request.overlap == .refuse {
                // Two exports of one source that overlap (docs/aggregation.md, "The same
                // event read twice"): compared per country and day with every input read
                // before, rows without ids with rows without ids or with ids (ids alone
                // are left to the id rule).
                // By position, not a copy of each earlier input's two tables (issue 9).
                for e in dayTables.indices where meets(e) {
                    let file = dayTables[e].file
                    let (aFile, bFile) = (min(file, currentFile), max(file, currentFile))
                    let hereFirst = currentFile < file
                    for ids in Self.refusedKinds {
                        let (hereIds, earlierIds) = hereFirst ? (ids.a, ids.b) : (ids.b, ids.a)
                        guard !hereIsEmpty(hereIds), !(earlierIds ? dayTables[e].with.isEmpty : dayTables[e].without.isEmpty) else { continue }
                        guard let f = finding(e, hereIds: hereIds, earlierIds: earlierIds, hereFirst: hereFirst) else { continue }
                        if ids.a && ids.b ? f.isOverlapWithIds : f.isOverlap {
                            fail(.data(f.message(named(aFile), named(bFile), withIds: ids)))
                            return
                        }
                        if !(ids.a && ids.b), let note = f.cutDayNote(named(aFile), named(bFile)) { lock.locked { notes.append(note) } }
                    }
                }
            } else {
                // --overlap later (the only other rule that tracks days) leaves out this
                // input's rows on the days of every input given after it: right for two
                // exports of one source, a silent loss for another source of the same
                // country on the same days (review19 A4: a Hama monitor given last emptied
                // both exports' shared months). Such a pair is refused: rows left out by
                // the parsers' own test (``DayTable/covers(country:day:)``), of the
                // tables they leave out by, and not an overlap.
                for (e, earlier) in dayTables.enumerated() where meets(e) {
                    for ids in Self.comparedKinds {
                        guard !hereIsEmpty(ids.a), !(ids.b ? earlier.with : earlier.without).isEmpty else { continue }
                        let lost = covered(e, hereIds: ids.a, earlierIds: ids.b)
                        // A cut day (the rows meet on one day only, ``OverlapFinding/cut``),
                        // refused or said, is what --overlap later is offered for.
                        let f = finding(e, hereIds: ids.a, earlierIds: ids.b, hereFirst: true)
                        guard lost > 0, !(f?.isOverlap ?? false), f?.cut == nil else { continue }
                        fail(.data("--overlap later would leave out rows of \(named(currentFile)) (\(rows(lost))) on days that "
                                   + "\(named(earlier.file)) (given after it) covers, but the two are not overlapping exports of one source (their rows "
                                   + "on those days differ): their events would be lost; give --overlap later only the overlapping exports "
                                   + "(aggregate other sources in a run of their own), or --overlap both to count every row"))
                        return
                    }
                }
                // Rows with ids on both sides are left to the id rule, which matches only
                // ids both files give: two exports that each number their own rows (S14)
                // would be read doubled. Refused, saying how --overlap later can apply.
                for (e, earlier) in dayTables.enumerated() where meets(e) && !hereIsEmpty(true) && !earlier.with.isEmpty {
                    if let f = finding(e, hereIds: true, earlierIds: true, hereFirst: true), f.isOverlapWithIds {
                        fail(.data(f.message(named(currentFile), named(earlier.file), withIds: (true, true), rule: .later)))
                        return
                    }
                }
                if let days {
                    for p in parsers {
                        p.laterDays.append(days.without); p.laterDays.append(days.with)
                        p.laterDaysWithoutId.append(days.without)
                    }
                }
            }
            // readers14 (issue 11, audit11 F7, silent): events of an older ACLED (or UCDP
            // GED) pull on days a newer pull given after it covers for their country, whose
            // ids the newer pull does not hold (ACLED deletes and merges events between
            // pulls; UCDP's final release drops Candidate events): counted from the older
            // pull with no word. Said on stderr: the rows with ids here are those the id rule
            // did not match (a matched row is replaced and never reaches the day table), so
            // no memory beyond the day tables already kept is needed.
            let hereSchema = fileSummaries.first { $0.index == currentFile }?.summary.schema
            if hereSchema == .acled || hereSchema == .ucdpGED, !hereIsEmpty(true) {
                for (e, later) in dayTables.enumerated() where meets(e) && !later.with.isEmpty
                    && fileSummaries.first(where: { $0.index == later.file })?.summary.schema == hereSchema {
                    // The days the later pull covers: its first to its last day (a pull is of
                    // a span of days), for a country it holds (another country's pull is
                    // no newer view of this one's events).
                    guard let span = later.span else { continue }
                    let countries = later.with.ranges
                    // readers15 (review56 F3, message): only events of a kind (ACLED
                    // event_type, UCDP type_of_violence) the later file holds in their
                    // country: one export per event type (battles.csv, protests.csv) is
                    // no newer pull of the other's events (97 Battles events were said
                    // "removed or merged" by a file of Protests). A kind not written on
                    // either side matches any.
                    let kinds = idKinds[later.file] ?? []
                    var n = 0
                    for (k, m) in hereKindDays where countries[k.country] != nil && span.first <= k.day && k.day <= span.last
                        && (k.kind == 0 || kinds.contains(IdKindDay(country: k.country, kind: k.kind, day: 0))
                            || kinds.contains(IdKindDay(country: k.country, kind: 0, day: 0))) {
                        n += Int(m)
                    }
                    guard n > 0 else { continue }
                    let who = hereSchema == .acled ? "ACLED" : "UCDP"
                    lock.locked { notes.append("\(Estimate.grouped(Int64(n))) event\(n == 1 ? "" : "s") of \(named(currentFile)) \(n == 1 ? "falls" : "fall") on days \(named(later.file)) (given after it) "
                        + "covers, in a country it holds, but \(named(later.file)) does not hold \(n == 1 ? "its id" : "their ids"): counted from \(named(currentFile)). "
                        + "If \(named(later.file)) is a newer pull of the same events, \(who) has removed or merged them since: give it alone for those days; "
                        + "if it holds a selection (a sample, some event types), nothing is wrong") }
                }
            }
            // The last input's are not kept, and no input comes after it to compare.
            if let days {
                dayTables.append((currentFile, days.without, days.with, hereSpan))
                idKinds[currentFile] = Set(hereKindDays.keys.map { IdKindDay(country: $0.country, kind: $0.kind, day: 0) })
            } else { dayTables.removeAll(); idKinds = [:] }
        }
        if whole.rows > 0 { noteSharedRecords(whole, met, named: named) }
    }

    /// The first and last day of the rows of one input's tables (by country: ``DayTable/ranges``).
    static func daySpan(_ a: [UInt64: (first: Int32, last: Int32)], _ b: [UInt64: (first: Int32, last: Int32)]) -> (first: Int32, last: Int32)? {
        var span: (first: Int32, last: Int32)?
        for ranges in [a, b] {
            for r in ranges.values { span = span.map { (min($0.first, r.first), max($0.last, r.last)) } ?? r }
        }
        return span
    }

    /// The last input's rows go to the workers' streams, matched with every earlier
    /// table they are compared with (``comparedKinds``); the workers are idle.
    private func startStreaming() {
        streaming = true
        var without: [DayProbe] = [], with: [DayProbe] = []
        for (e, earlier) in dayTables.enumerated() {
            for (hereIds, earlierIds) in Self.refusedKinds {
                let t = earlierIds ? earlier.with : earlier.without
                guard !t.isEmpty else { continue }
                let p = DayProbe(table: t, withIds: hereIds)
                probes.append((e, hereIds, earlierIds, p, hereIds ? with.count : without.count))
                if hereIds { with.append(p) } else { without.append(p) }
            }
        }
        for p in parsers {
            p.streamsDays = true
            p.streamWithoutId = DayStream(probes: without)
            p.streamWithId = DayStream(probes: with)
        }
    }

    /// The pairs of day tables the overlap rules compare, the input given first as `a`:
    /// its rows without ids against `b`'s without or with ids, and its rows with ids
    /// against `b`'s without (ids alone are left to the id rule). They are also the
    /// tables `--overlap later` leaves `a`'s rows out by (``BlockParser/laterDays``,
    /// ``BlockParser/laterDaysWithoutId``). The flags: whether each side has ids.
    private static let comparedKinds: [(a: Bool, b: Bool)] = [(false, false), (false, true), (true, false)]

    /// The pairs the refusal compares: those, and rows with ids against rows with ids.
    /// The id rule counts an event once only when both files give it the same id; rows
    /// whose ids are not in the other file (each export numbering its own rows, ids
    /// renumbered by a tool: review28 S14, read doubled at exit 0) reach the tables
    /// (a row whose id a later file gives is replaced, and never kept in them), and
    /// are compared as rows without ids are. Under `--overlap later` an overlap found
    /// so is refused (it leaves rows with ids to the id rule).
    private static let refusedKinds: [(a: Bool, b: Bool)] = comparedKinds + [(true, true)]

    /// The checks of an input's records without ids against the inputs read before it:
    /// the same records (refused), every record in another (refused); false when refused.
    private func checkRecordsWithoutIds(_ whole: ContentHash, _ met: RowFingerprints.Drained, named: (Int) -> String, rows: (Int) -> String) -> Bool {
        // Two inputs of the same records (not the same bytes: those are read once, see
        // Ingest.distinctFiles) would count every event twice: refused, naming both.
        if let same = contents.first(where: { $0.hash == whole }) {
            let (a, b) = (min(same.file, currentFile), max(same.file, currentFile))
            // A pipe (standard input, a FIFO, `<(…)`) is not compared byte for byte: it
            // may be an exact copy, so its bytes are not said to differ (review16 #10).
            func isStream(_ i: Int) -> Bool {
                guard i < request.files.count, request.files[i] != "-" else { return true }
                var st = stat()
                return stat(request.files[i], &st) != 0 || (st.st_mode & S_IFMT) != S_IFREG
            }
            let how = isStream(a) || isStream(b)
                ? "an exact copy piped in, or the same records written otherwise (quoting, spacing, column order, line endings, a byte-order mark, compression, number or date forms) or in another order"
                : "written otherwise (quoting, spacing, column order, line endings, a byte-order mark, compression, number or date forms) or in another order"
            fail(.data("\(named(b)) holds the same \(whole.rows == 1 ? "record" : "\(Estimate.grouped(Int64(whole.rows))) records") as \(named(a)), "
                + how + ": read both, every event in them would be counted twice; give one of them"))
            return false
        }
        // One input's every record in another (an export and a later, longer one; a
        // month and the quarter it is in): refused too, naming both.
        // Only for rows without repeats (a record counts once in the table, so "every
        // record of X is in Y" said nothing of how many times: review20a F1, 270 rows
        // "in" 254), and not under --overlap later or both, whose advice it gave: those
        // are left to the row-by-row check (``OverlapFinding``), which counts each row.
        repeatsIn[readOrder.count - 1] = met.repeats
        let contained: (small: Int, smallRows: Int, large: Int)?
        if request.overlap != .refuse {
            contained = nil
        } else if let o = met.containedIn, met.repeats == 0 {
            contained = (currentFile, whole.rows, readOrder[o])
        } else if let o = met.contains, repeatsIn[o] == 0 {
            contained = (readOrder[o], contents.first { $0.file == readOrder[o] }?.hash.rows ?? 0, currentFile)
        } else {
            contained = nil
        }
        if let c = contained {
            let largeRows = c.large == currentFile ? whole.rows : contents.first { $0.file == c.large }?.hash.rows ?? 0
            fail(.data("every record of \(named(c.small)) (\(rows(c.smallRows)) without an id) is also in \(named(c.large)) (\(rows(largeRows))): "
                + "the same dates, places, measures and figures, so the two look like overlapping exports of the same data (an export and a later, "
                + "longer one); read both, each of those events would be counted twice: give only \(named(c.large)), or cut it to the dates "
                + "\(named(c.small)) lacks, "
                // The later file inside the earlier (review30 S17: an extract of one
                // governorate's month): it adds nothing, and --overlap later would count
                // its days from it.
                + (c.small > c.large ? "" : "or give --overlap later (the file given last counts the dates it covers), ")
                + "or give the rows ids (an event with an id is counted once)"))
            return false
        }
        return true
    }

    /// Some records in another input: counted each time (they may be other events with
    /// the same figures), and said.
    private func noteSharedRecords(_ whole: ContentHash, _ met: RowFingerprints.Drained, named: (Int) -> String) {
        if met.crossing > 0 {
            duplicates.acrossInputsWithoutId += met.crossing
            for shared in met.shared where duplicates.sharedWithoutId.count < 3 {
                let other = readOrder[shared.input]
                duplicates.sharedWithoutId.append(.init(first: named(min(other, currentFile)), second: named(max(other, currentFile)), rows: shared.rows))
            }
        }
        contents.append((whole, currentFile))
    }

    /// Two tables that both give figures for one country and measure over some of the
    /// same days (a table and a later one of the same data, one by month and one by
    /// quarter): their sum would count those events twice. Tables of other countries,
    /// measures or days are read together. A table (a `period` column: sums of events,
    /// with tally's `events` and `covered` columns or without them) beside event records
    /// of one of its countries and measures on some of its days is refused too: read
    /// with the records it was made from, every event would count twice (a glob such as
    /// `tally aggregate data/*.csv` over the folder a run writes to, review16 #6; a
    /// monthly table cut in a spreadsheet or made by hand, review18 #9). Records are
    /// followed only when several inputs are compared (not with `--overlap both`, which
    /// counts a table of another source's figures beside them). Called at the barrier
    /// after each input, with the workers idle.
    private func checkTableOverlap() {
        var spans: [UInt64: BlockParser.TableSpan] = [:]
        var records: [UInt64: BlockParser.TableSpan] = [:]
        var dates = BlockParser.RecordDates()
        var cells: Set<BlockParser.TableCell> = [], wholeCells: Set<BlockParser.TableCell> = [], idCells: Set<BlockParser.TableCell> = []
        var unaligned: [BlockParser.TableCell: Int] = [:]
        var sums = BlockParser.PeriodSums()
        func merge(_ into: inout [UInt64: BlockParser.TableSpan], _ k: UInt64, _ v: BlockParser.TableSpan) {
            if var o = into[k] {
                o.first = min(o.first, v.first)
                o.last = max(o.last, v.last)
                into[k] = o
            } else {
                into[k] = v
            }
        }
        for p in parsers {
            let t = p.drainTableSpans()
            for (k, v) in t.spans { merge(&spans, k, v) }
            cells.formUnion(t.cells)
            let r = p.drainRecordSpans()
            for (k, v) in r.spans { merge(&records, k, v) }
            dates.merge(r.dates)
            wholeCells.formUnion(r.cells)
            idCells.formUnion(r.idCells)
            unaligned.merge(r.unaligned, uniquingKeysWith: +)
            sums.merge(p.drainPeriodSums())
        }
        if !dates.manySpans { dates.tiledSpanRows = BlockParser.RecordDates.tiledRows(unaligned, among: wholeCells) }
        // Ids that are the rows' numbers (`id` 1, 2, …): the rows are a table's.
        if dates.rowNumbers { wholeCells.formUnion(idCells) }
        // End dates written exclusive (`2023-04-01,2023-05-01`): read as written, with a
        // note (beside records of those days the file is a table of spans, refused below).
        if dates.exclusiveRows >= 2 && dates.exclusiveRows == dates.spanRows {
            let name = currentFile < request.files.count ? (request.files[currentFile] == "-" ? "standard input" : request.files[currentFile]) : "an input"
            let (first, last) = (dates.exclusiveFirst, dates.exclusiveLast)
            let note = "\(name): its \(Estimate.grouped(Int64(dates.exclusiveRows))) rows of several days (none with an id) each run from the 1st of a month "
                + "to the 1st of a later one, or over 8 days (the first: \(first) to \(last)); they are read as written, the end day counted "
                + "(that row's days include \(last)); if date_end is exclusive ([start, end), as SQL and pandas write), write the day before it "
                + "(\(last.adding(days: -1)))"
            lock.locked { notes.append(note) }
        }
        guard !spans.isEmpty || !records.isEmpty else { return }
        let tableCells = TableCells(cells, spans: spans)
        // A table by period (issue 10): its cells, when every worker's rows were whole.
        let periodCells = dates.isTable ? TableCells(wholeCells, spans: records) : nil
        func named(_ i: Int) -> String { inputName(i) }
        for earlier in tableSpans {
            if let (label, from, to) = tableCells.shared(with: earlier.cells) {
                let (a, b) = (min(earlier.file, currentFile), max(earlier.file, currentFile))
                fail(.data("\(named(a)) and \(named(b)) are both tables tally wrote with figures for \(label) from \(from) to \(to): "
                    + "read together, the events of those days would be counted twice (two tables of the same data, or one by month and one "
                    + "by quarter); give one of them, or tables of other days, countries or measures (aggregate the records once, "
                    + "with the period and grouping you need)"))
                return
            }
        }
        func refuse(table: Int, records: Int, _ shared: (label: String, from: CalendarDay, to: CalendarDay)) {
            fail(.data("\(named(table)) is a table (a period column, as tally aggregate writes) and \(named(records)) holds event records, "
                + "both with figures for \(shared.label) from \(shared.from) to \(shared.to): a table's figures are sums of events, so read with the "
                + "records it was made from every event of those days would be counted twice (a glob such as data/*.csv over the folder a "
                + "run writes its output to, or a monthly table beside its own records); write tables to a folder of their own "
                + "(-o out/total.csv) and leave them out, or give tables only (aggregate the records to a table first), or the records "
                + "only; if the table counts other events than the records (another source's figures), give --overlap both (both counted whole)"))
        }
        /// A table without a period column (``BlockParser/RecordDates/isTable``): rows
        /// that each span a whole month (week, quarter, year), or most of them a span of
        /// days with no id, or months written as their 1st days; or HDX HAPI's monthly
        /// sums (issue 10).
        func refuse(dated: BlockParser.RecordDates, table: Int, records: Int, _ shared: (label: String, from: CalendarDay, to: CalendarDay)) {
            let what = dated.hapi
                ? "\(named(table)) is HDX HAPI conflict data (monthly sums of ACLED events by place and event type)"
                : "\(named(table)) is \(dated.tableDescription)"
            let source = dated.hapi ? "the records are not ACLED's events (another source's)" : "the table counts other events than the records (another source's figures)"
            fail(.data(what + " and \(named(records)) holds event records, both with figures for \(shared.label) from \(shared.from) to \(shared.to): "
                + "a table's figures are sums of events, so read with the records it was made from every event of those days would be "
                + "counted twice; give one of them (the records, or the table), or records and tables of other countries or days; if "
                + source + ", give --overlap both (both counted whole)"))
        }
        /// Two tables of figures by period, one of them (or both) without a period
        /// column: a table by month, week, quarter or year (every row a whole period,
        /// none with an id) or HDX HAPI; a table with a period column beside one (issue 10).
        func describe(_ dated: BlockParser.RecordDates?) -> String {
            guard let dated else { return "with a period column, as tally aggregate writes" }
            if dated.hapi { return "HDX HAPI conflict data (monthly sums of ACLED events)" }
            if dated.isWholePeriods {
                return "by \(dated.periodNames) (every row's date_start to date_end a whole \(dated.periodNames), none with an event id)"
            }
            return "\(dated.isSpans ? "by spans of days" : dated.tableName) (\(dated.tableReason))"
        }
        func refuse(tables x: (file: Int, dates: BlockParser.RecordDates?), _ y: (file: Int, dates: BlockParser.RecordDates?),
                    _ shared: (label: String, from: CalendarDay, to: CalendarDay)) {
            let (a, b) = x.file < y.file ? (x, y) : (y, x)
            let (da, db) = (describe(a.dates), describe(b.dates))
            let what = da == db ? (da.hasPrefix("by ") || da.hasPrefix("of ") ? "tables " : "tables of figures by period, ") + da
                : "tables of figures by period (\(named(a.file)) \(da); \(named(b.file)) \(db))"
            fail(.data("\(named(a.file)) and \(named(b.file)) are both \(what), both with figures for \(shared.label) from \(shared.from) to \(shared.to): read together, "
                + "the events of those days would be counted twice (one table given twice, a revision of it, or one by month and one by "
                + "quarter of the same data); give one of them (the later, if it revises the other), or cut one to the days the other "
                + "lacks; if they are two sources' figures meant to be added, give --overlap both (both counted whole)"))
        }
        if let periodCells {
            for earlier in tableSpans {
                if let shared = periodCells.shared(with: earlier.cells) {
                    refuse(tables: (earlier.file, nil), (currentFile, dates), shared); return
                }
            }
            // Two tables without a period column: by default only (`--overlap later`
            // of two versions of one table is the row-by-row rule's).
            if request.overlap == .refuse {
                for earlier in recordSpans where !(earlier.dates.hapi && dates.hapi) {
                    // (Two HDX HAPI files: a unit given twice is counted once, the later
                    // file's figures, HAPIConflict's rule.)
                    if let c = earlier.cells, let shared = periodCells.shared(with: c) {
                        refuse(tables: (earlier.file, earlier.dates), (currentFile, dates), shared); return
                    }
                }
            }
        }
        if !spans.isEmpty {
            for earlier in recordSpans {
                if let c = earlier.cells {
                    if let shared = tableCells.shared(with: c) { refuse(tables: (earlier.file, earlier.dates), (currentFile, nil), shared); return }
                    continue
                }
                if let shared = tableCells.shared(withRecords: earlier.spans) { refuse(table: currentFile, records: earlier.file, shared); return }
            }
        }
        if !records.isEmpty {
            for earlier in tableSpans where periodCells == nil {
                if let shared = earlier.cells.shared(withRecords: records) { refuse(table: earlier.file, records: currentFile, shared); return }
            }
            // A table dated by whole periods beside event records (one of each: two such
            // tables are read together, as two inputs of records are). HAPI beside an
            // ACLED export is left to ``checkHAPIAgainstACLED()``.
            for earlier in recordSpans where earlier.dates.isTable != dates.isTable
                && !(earlier.dates.hapi && dates.acled) && !(dates.hapi && earlier.dates.acled) {
                if let periodCells, let shared = periodCells.shared(withRecords: earlier.spans) {
                    refuse(dated: dates, table: currentFile, records: earlier.file, shared); return
                }
                if let c = earlier.cells, let shared = c.shared(withRecords: records) {
                    refuse(dated: earlier.dates, table: earlier.file, records: currentFile, shared); return
                }
            }
        }
        // Under --overlap later too (review33 N4): a table is no overlap of two exports.
        if request.overlap != .both && sums.tooMany { unsummedInputs.append(currentFile) }
        if request.overlap != .both && !sums.tooMany && !sums.sums.isEmpty {
            // Only the earlier inputs that share a table figure with this one (``SumIndex``)
            // and whose days come near its (``PeriodSums/mayMeet``), in input order as before:
            // about linear over inputs of the same days (issue 9) or of days apart (a daily
            // cron archive, review46 H1) instead of every pair.
            let keys = SumKeys(sums)
            let near = sumIndex.candidates(keys).filter { periodSums[$0].sums.mayMeet(sums) }
            for earlier in near.map({ periodSums[$0] }) {
                if let found = Self.summedRow(earlier.sums, spans: earlier.spans, sums, spans: records) ?? Self.summedSpan(earlier.sums, sums) {
                    let (table, events) = found.tableIsFirst ? (earlier.file, currentFile) : (currentFile, earlier.file)
                    fail(.data(Self.summedRowMessage(found, table: named(table), records: named(events), line: summedRowLine(found))))
                    return
                }
            }
            sumIndex.add(keys, position: periodSums.count)
            periodSums.append((currentFile, sums, records))
        }
        if !spans.isEmpty { tableSpans.append((currentFile, spans, tableCells)) }
        if !records.isEmpty { recordSpans.append((currentFile, records, dates, periodCells)) }
    }

    /// Input `i` as messages name it: its path as given, `standard input` for `-`.
    /// A file's name as the prefix of ids the doubled-days refusal suggests (letters,
    /// digits, `_` and `-` of its last path part without the extension): ids that no
    /// other input's row numbers share.
    static func idPrefix(_ name: String) -> String {
        let last = name.split(separator: "/").last.map(String.init) ?? name
        let stem = last.split(separator: ".").first.map(String.init) ?? last
        let kept = String(stem.unicodeScalars.filter { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "_" || $0 == "-" })
        return kept.isEmpty ? "row" : kept
    }

    private func inputName(_ i: Int) -> String {
        i < request.files.count ? (request.files[i] == "-" ? "standard input" : request.files[i]) : "an input"
    }

    /// Where a table's first matching row is (`tab.csv:2`), when its block is known
    /// (``SummedRow/at``: block + 1 in the top half, the line in the block below).
    /// Where a row is (`f.csv:120`), by its block and line in it (block + 1 in the top
    /// half), when its block is known.
    private func lineAt(_ at: UInt64) -> String? {
        let seq = Int(at >> 32) - 1, lineInBlock = Int(at & 0xFFFF_FFFF)
        guard at != .max, seq >= 0, seq < blockFiles.count, let file = blockFiles[seq] else { return nil }
        return "\(file.name):\(file.locator.place(absoluteLine(seq, lineInBlock, file)))"
    }

    private func summedRowLine(_ found: SummedRow) -> String? {
        let seq = Int(found.at >> 32) - 1, lineInBlock = Int(found.at & 0xFFFF_FFFF)
        guard found.at != .max, seq >= 0, seq < blockFiles.count, let file = blockFiles[seq] else { return nil }
        return "\(file.name):\(file.locator.place(absoluteLine(seq, lineInBlock, file)))"
    }

    /// The records in several inputs (one file per governorate, per type of violence, odd
    /// and even rows) beside a table of their sums (review32 S1: each input alone never
    /// added up to the table's figures, and the pairs test of ``checkTableOverlap()`` read
    /// it doubled, 540 for 270): once every input is read, each input of three or more is
    /// compared, as the table, with all the others together, by the same rule
    /// (``summedRow(_:spans:_:spans:tableFirstOnly:)``, ``summedSpan(_:_:tableFirstOnly:)``).
    /// The others' sums are gathered only for the groups and days the table's rows could
    /// match (its groups of one day, its rows of several days), so the cost is the table's
    /// candidates times the inputs, not every group of every input.
    ///
    /// One more list of the same places and days beside them (a second monitor) broke the
    /// sum of all the others (review33 S5: 550 for 280): the others less one input are
    /// tried too, for each input whose figures in one of the table's groups are what the
    /// others hold over the table's figure (so a few inputs at most, not every one).
    /// Two extra lists or more still hide a table: a limit, in docs/aggregation.md.
    ///
    /// Under `--overlap later` too (review33 N4); an input whose sums were too many to
    /// keep is left out, and the run says which on standard error (review33 S6).
    private func checkSummedAcrossInputs() throws(TallyError) {
        guard request.overlap != .both else { return }
        func named(_ i: Int) -> String { inputName(i) }
        if !unsummedInputs.isEmpty && periodSums.count + unsummedInputs.count >= 2 {
            let names = unsummedInputs.sorted().map(named)
            let shown = names.count <= 3 ? names.joined(separator: ", ") : names.prefix(3).joined(separator: ", ") + " and \(names.count - 3) more inputs"
            let note = "\(shown): \(names.count == 1 ? "its" : "their") rows hold too many places, measures and periods "
                + "(over \(Estimate.grouped(Int64(BlockParser.cellLimit))) sums after the run's filters) to be compared with the other inputs: "
                + "\(names.count == 1 ? "it was" : "they were") not checked for a table of figures by period beside its events (a table read with "
                + "the records it was made from counts every event twice); give --country, --from/--to or --measure to narrow the run, "
                + "or make sure no input is a table of another's figures"
            lock.locked { notes.append(note) }
        }
        guard periodSums.count >= 3 else { return }
        let all = periodSums.sorted { $0.file < $1.file }
        // Each group's figures by input, once: a table's others are then the other inputs
        // of its own groups (the cost is the groups' inputs squared, not the inputs': a
        // daily cron archive of 1,425 files has each month's group in ~30 of them).
        typealias ByInput = [BlockParser.PeriodSumKey: [(file: Int, sum: BlockParser.PeriodSum)]]
        var byKey: ByInput = [:], crossingByKey: ByInput = [:], endingByKey: ByInput = [:], spannedByKey: ByInput = [:], longByKey: ByInput = [:]
        var spansByKey: [UInt64: [(file: Int, span: BlockParser.TableSpan)]] = [:]
        for o in all {
            for (k, x) in o.sums.sums { byKey[k, default: []].append((o.file, x)) }
            for (k, x) in o.sums.crossing { crossingByKey[k, default: []].append((o.file, x)) }
            for (k, x) in o.sums.ending { endingByKey[k, default: []].append((o.file, x)) }
            for (k, x) in o.sums.spanned { spannedByKey[k, default: []].append((o.file, x)) }
            for (k, x) in o.sums.long { longByKey[k, default: []].append((o.file, x)) }
            for (k, x) in o.spans { spansByKey[k, default: []].append((o.file, x)) }
        }
        for t in all {
            let wanted = t.sums.sums.filter { $0.value.first == $0.value.last }.map(\.key)
            let spanRows = t.sums.manySpans ? [] : t.sums.spans
            guard !wanted.isEmpty || !spanRows.isEmpty else { continue }
            /// The inputs but the table and `left`, together.
            func others(without left: Int?) -> (BlockParser.PeriodSums, [UInt64: BlockParser.TableSpan]) {
                var others = BlockParser.PeriodSums()
                for k in wanted {
                    for e in byKey[k] ?? [] where e.file != t.file && e.file != left { others.sums[k, default: BlockParser.PeriodSum()].merge(e.sum) }
                    for e in crossingByKey[k] ?? [] where e.file != t.file && e.file != left { others.crossing[k, default: BlockParser.PeriodSum()].merge(e.sum) }
                    for e in endingByKey[k] ?? [] where e.file != t.file && e.file != left { others.ending[k, default: BlockParser.PeriodSum()].merge(e.sum) }
                    for e in spannedByKey[k] ?? [] where e.file != t.file && e.file != left { others.spanned[k, default: BlockParser.PeriodSum()].merge(e.sum) }
                    for e in longByKey[k] ?? [] where e.file != t.file && e.file != left { others.long[k, default: BlockParser.PeriodSum()].merge(e.sum) }
                }
                // The countries and measures of the table's groups: the others' days of those
                // alone are needed (``summedRow``'s "inside"); the labels are the table's own.
                var spans: [UInt64: BlockParser.TableSpan] = [:]
                for k in Set(wanted.compactMap({ t.sums.labels[$0.label]?.span })) {
                    for e in spansByKey[k] ?? [] where e.file != t.file && e.file != left {
                        if var m = spans[k] { m.first = min(m.first, e.span.first); m.last = max(m.last, e.span.last); spans[k] = m } else { spans[k] = e.span }
                    }
                }
                // Rows of several days (a sitrep), at most ``BlockParser/PeriodSums/spanLimit``.
                if !spanRows.isEmpty {
                    for o in all where o.file != t.file && o.file != left {
                        for r in spanRows {
                            for d in r.first ... r.last {
                                let key = BlockParser.DaySumKey(label: r.label, day: d)
                                if let x = o.sums.days[key] { others.days[key, default: BlockParser.PeriodSum()].merge(x) }
                            }
                        }
                    }
                }
                return (others, spans)
            }
            func found(_ others: (BlockParser.PeriodSums, [UInt64: BlockParser.TableSpan])) -> SummedRow? {
                Self.summedRow(t.sums, spans: t.spans, others.0, spans: others.1, tableFirstOnly: true) ?? Self.summedSpan(t.sums, others.0, tableFirstOnly: true)
            }
            let every = others(without: nil)
            var match = found(every).map { ($0, nil as Int?) }
            if match == nil {
                // The others less one input: those whose figures in one of the table's groups
                // (fitting, by start or by end) are what all the others hold over the table's.
                let o = every.0
                var left: Set<Int> = []
                for k in wanted {
                    guard let fit = t.sums.sums[k], let all = o.sums[k], all.sum > fit.sum else { continue }
                    let over = all.sum - fit.sum
                    let (c, e) = (crossingByKey[k], endingByKey[k])
                    let (overC, overE) = (over &+ (o.crossing[k]?.sum ?? 0), over &+ (o.ending[k]?.sum ?? 0))
                    // Each input has one entry a group in each list.
                    let cross = c.map { Dictionary($0.map { ($0.file, $0.sum.sum) }, uniquingKeysWith: +) } ?? [:]
                    let end = e.map { Dictionary($0.map { ($0.file, $0.sum.sum) }, uniquingKeysWith: +) } ?? [:]
                    for x in byKey[k] ?? [] where x.file != t.file {
                        let f = x.sum.sum
                        if f == over || f &+ (cross[x.file] ?? 0) == overC || f &+ (end[x.file] ?? 0) == overE { left.insert(x.file) }
                    }
                    for (file, v) in cross where file != t.file && v == overC { left.insert(file) }
                    for (file, v) in end where file != t.file && v == overE { left.insert(file) }
                }
                // Less one of two is the pairs test's (``checkTableOverlap()``).
                if !left.isEmpty && Set(wanted.flatMap { (byKey[$0] ?? []).map(\.file) }).subtracting([t.file]).count >= 3 {
                    for f in left.sorted() {
                        if let m = found(others(without: f)) { match = (m, f); break }
                    }
                }
            }
            guard let (row, left) = match else { continue }
            let names = all.map(\.file).filter { $0 != t.file && $0 != left }.map(named)
            let shown = (names.count <= 4 ? names.dropLast().joined(separator: ", ") + " and " + names.last!
                : names.prefix(3).joined(separator: ", ") + " and \(names.count - 3) more inputs") + " together"
            var message = Self.summedRowMessage(row, table: named(t.file), records: shown, line: summedRowLine(row))
            if let left { message += " (\(named(left)), another list of those places and days, is not in that sum)" }
            throw .data(message)
        }
    }

    /// Reads one file to its end, handing complete blocks to the workers. `index` is
    /// its place among the inputs as given.
    /// `raw`, when given, is read instead of `fd` (a stream read a second time, ``StreamReplay``).
    func feed(fd: Int32, path: String?, name: String, index: Int, raw: ByteSource? = nil) throws(TallyError) {
        currentFile = index
        if tracksDays && feedsLastInput && !streaming { startStreaming() }
        var input = request.input
        if let o = request.perFile[name] {
            input.encoding = o.encoding ?? input.encoding
            input.sheet = o.sheet ?? input.sheet
            input.adminLevel = o.adminLevel ?? input.adminLevel
        }
        input.optionNames = request.optionNames
        let opened = try InputOpener.open(fd: fd, path: path, name: name, options: input, raw: raw)
        for n in opened.description.notes { lock.locked { notes.append(n) } }
        var reader = BlockReader(source: opened.source, name: name, blockSize: request.blockSize)
        var context: FileContext?
        var carry: [UInt8] = []
        var convertedFrom: Schema?
        var hapiReading: HAPIConflict.Reading?
        // HAPI rows converted to native text: where its lines came from.
        var convertedLocator: RecordLocator?
        // Whether a byte after the header could be a record (review30 N10: a header
        // alone was read in silence).
        var holdsRows = false
        while true {
            if hasFailed(atOrBefore: index) { return }
            let limit = context == nil ? Pipeline.maximumHeaderBytes : Pipeline.maximumRecordBytes
            if carry.count > limit {
                let message = "a record longer than 16 MiB starts here; is a quoted field left open?"
                if let context {
                    record(.record(BlockError(lineInBlock: 0, message: message), context), at: lock.locked { sequence }, file: index)
                    return
                }
                throw .data("\(name):1: the header line is longer than 1 MiB; is this a CSV file?")
            }
            // The first block holds at least the first MiB: what is decided from the
            // start of a file (ACLED's date order) must not depend on the block size.
            // Growing for a long record doubles, but never past what the limit needs:
            // one block more than the limit shows whether the record ends within it.
            let block = acquireBlock(minimum: min(max(request.blockSize, carry.count * 2, context == nil ? Pipeline.decisionWindow : 0),
                                                  limit + request.blockSize))
            let atEOF: Bool
            do {
                atEOF = try reader.fill(block, carry: &carry)
            } catch {
                release(block)
                throw error
            }
            if context == nil {
                if block.count == 0 && !atEOF {
                    // The header is longer than a block: read on (the carry keeps it).
                    release(block)
                    continue
                }
                if block.count == 0 && atEOF {
                    release(block)
                    throw .data("\(name): empty file; expected a header row (docs/spec.md §2)")
                }
                do {
                    context = try header(block, name: name, index: index, atEOF: atEOF,
                                         schema: convertedFrom != nil ? .native : request.schema, convertedFrom: convertedFrom,
                                         date1904: opened.description.date1904)
                } catch {
                    release(block)
                    // The first sheet of a workbook, taken by default, is not the data
                    // (a cover or notes sheet): name the sheet that is.
                    let d = opened.description
                    if d.sheets.count > 1 && !d.sheetNamed && error.exitCode == 65, let path {
                        throw TallyError(exitCode: 65, message: error.message
                            + XLSXReader.otherSheetsAdvice(path: path, name: name, sheets: d.sheets, options: input))
                    }
                    // readers17 (issue 11, message): a sheet named with --sheet whose first row
                    // is no header (notes above headerless records) was "missing required
                    // column 'date_start'": said as a sheet without a header row.
                    if d.sheetNamed && error.exitCode == 65, let path,
                       let e = XLSXReader.namedSheetWithoutHeader(path: path, name: name, sheets: d.sheets, options: input) {
                        throw e
                    }
                    throw error
                }
                context!.locator = convertedLocator ?? opened.locator
                // A workbook's formula with no value saved, in a column read (of the sheet's
                // own columns; a converted HDX HAPI sheet's in any column).
                if !opened.description.formulasWithoutValue.isEmpty,
                   let e = XLSXReader.formulaWithoutValue(opened.description.formulasWithoutValue,
                                                          columns: convertedFrom == nil ? context!.layout.readColumns : nil, name: name) {
                    release(block)
                    throw e
                }
                if let level = request.perFile[name]?.adminLevel, convertedFrom == nil, context!.layout.schema != .hapiConflict {
                    // One admin level is a choice among HAPI's rows; no other schema has them.
                    // (The run's --admin-level applies to its HAPI files alone: checked at the end.)
                    release(block)
                    throw .usage("\(name): \(request.optionNames.adminLevel) \(level) reads one admin level of an HDX HAPI conflict-event file, "
                                 + "and this file is not one (it reads as \(context!.layout.schema.title ?? "a native CSV")): give it without the option")
                }
                if context!.layout.schema == .hapiConflict && checksIdOrder {
                    // The rows it becomes have ids made of place, level, event type and
                    // month, in the file's order, which nearly never rise throughout
                    // (`political_violence` before `civilian_targeting`): the reading with
                    // the table of ids, which gives the same outcome where they do, starts
                    // at once instead of after a whole conversion (every file was
                    // converted twice).
                    release(block)
                    lock.locked { idOrderBroken = true }
                    return
                }
                if context!.layout.schema == .hapiConflict {
                    // Monthly counts by place and event type: read whole, combined
                    // without double counting, and handed on as native rows.
                    var bytes = Array(UnsafeBufferPointer(start: block.memory, count: block.count))
                    let recordsFrom = block.start
                    bytes += carry
                    carry = []
                    release(block)
                    if !atEOF { bytes += try opened.source.readAll(limit: InputOpener.maximumWholeInput, name: name) }
                    if case .lines = opened.locator, let tail = bytes.withUnsafeBufferPointer({
                        Self.unterminatedTail($0.baseAddress!, from: recordsFrom, to: $0.count)
                    }) {
                        // An HDX HAPI download cut inside its last row (review46 S5).
                        let line = 1 + bytes[..<tail].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                        throw .data("\(name):\(line): " + Self.cutMessage(context!.layout))
                    }
                    if let at = opened.undecided?.windows1252From, at < bytes.count {
                        // Read whole from the start of the text: the line is counted here.
                        let line = 1 + bytes[..<at].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                        encodingSwitches[index] = (-1, 0, line, context!)
                    }
                    let (native, reading) = try HAPIConflict.convert(bytes, layout: context!.layout, name: name,
                                                                     locator: opened.locator, period: request.config.period,
                                                                     optionNames: request.optionNames, levels: hapiLevels,
                                                                     plausible: request.perFile[name]?.plausibleDates ?? plausible,
                                                                     collectImplausible: request.collectImplausibleDates,
                                                                     adminLevel: input.adminLevel)
                    lock.locked { readHAPI = true }
                    if let note = reading.levelNote { lock.locked { notes.append(note) } }
                    duplicates.withinFile += reading.repeats
                    duplicates.dropped += reading.sameInLaterFile
                    duplicates.replaced += reading.replacedByLaterFile
                    if !reading.renamedInLaterFile.isEmpty {
                        let n = reading.renamedInLaterFile.count
                        let note = "HDX HAPI: \(n) unit\(n == 1 ? "" : "s") (place by code, admin level, event type and month) given by a file given later under other provider names "
                            + "(provider_admin1_name, provider_admin2_name: a renaming between downloads) counted once, from the later file: "
                            + reading.renamedInLaterFile.prefix(3).joined(separator: "; ") + (n > 3 ? "; …" : "")
                        lock.locked { notes.append(note) }
                    }
                    hapiReading = reading
                    convertedLocator = .converted(native.lines)
                    reader = BlockReader(source: native, name: name, blockSize: request.blockSize)
                    convertedFrom = .hapiConflict
                    context = nil
                    continue
                }
            }
            if let c = context, c.awaitingTagCheck, block.start < block.count {
                c.awaitingTagCheck = false
                if let end = tagRowEnd(block, from: block.start) {
                    c.headerLines += countLineFeeds(block.memory, from: block.start, to: end)
                    c.skippedTagRow = true
                    block.start = end
                }
            }
            block.file = context
            // Where the text turned out to be Windows-1252, once: the line in this block.
            var switchInBlock = false
            // (Not for HAPI rows converted to native text: their offsets are not the file's.)
            if convertedFrom == nil, let u = opened.undecided, encodingSwitches[index] == nil, let at = u.windows1252From,
               let c = context, at < reader.blockOffset + block.count {
                let inBlock = at - reader.blockOffset
                if inBlock < block.start {
                    // In the header (or the tag row under it): the first block starts the text.
                    encodingSwitches[index] = (-1, 0, 1 + countLineFeeds(block.memory, from: 0, to: inBlock), c)
                } else {
                    encodingSwitches[index] = (-1, countLineFeeds(block.memory, from: block.start, to: inBlock), nil, c)
                    switchInBlock = true
                }
            }
            if !holdsRows && context != nil && block.start < block.count {
                holdsRows = Self.holdsText(block.memory, from: block.start, to: block.count)
            }
            if atEOF, convertedFrom == nil, case .lines = opened.locator, let c = context,
               let tail = Self.unterminatedTail(block.memory, from: block.start, to: block.count) {
                // The file stops inside its last record (review46 S5): no line end after
                // it. A publisher's export, and tally's own table, always end with one, so
                // this is a cut download or copy, and the cut field (UCDP's `high`) would be
                // read short: refused. A hand-made native file may well lack it: noted.
                let line = countLineFeeds(block.memory, from: block.start, to: tail)
                if c.layout.schema == .ucdpGED || c.layout.schema == .acled || c.layout.isTallyTable {
                    let error = BlockError(lineInBlock: line, message: Self.cutMessage(c.layout))
                    record(.record(error, c), at: lock.locked { sequence }, file: index)
                } else {
                    let at = lock.locked { sequence }
                    lock.locked { unterminated.append((at, line, c)) }
                }
            }
            if block.start >= block.count {
                release(block)
            } else {
                submit(block)
                if switchInBlock { encodingSwitches[index]!.sequence = block.sequence }
            }
            if atEOF {
                if let c = context {
                    var summary = FileSummary(name: name, schema: convertedFrom ?? c.layout.schema, skippedTagRow: c.skippedTagRow)
                    summary.isTable = c.layout.period >= 0
                    summary.columns = c.layout.names
                    summary.input = opened.description
                    if opened.undecided?.windows1252From != nil {
                        // The line is known once the blocks before it are counted (finish).
                        summary.input.encoding = InputOpener.detectedWindows1252(line: nil)
                    }
                    summary.hapi = hapiReading
                    if let note = opened.latin1Note(name: name) {
                        lock.locked { notes.append(note) }
                        summary.input.encoding = "Latin-1 (--encoding), its bytes 0x80–0x9F read as Windows-1252"
                    }
                    if c.layout.dayMonthOrder != nil {
                        summary.dateOrder = (c.layout.dayMonthOrder == .dmy ? "day first (28/05/2016)" : "month first (05/28/2016)")
                            + ", " + c.layout.dayMonthOrderReason
                    }
                    fileSummaries.append((index, summary))
                    if !holdsRows {
                        // A download that came back empty, or a month with nothing to
                        // export: not an error (a quiet month is real), but a part of a
                        // run that adds nothing and covers no day must be said.
                        let shown = convertedFrom == .hapiConflict ? "HDX HAPI rows" : "records"
                        let api = !opened.description.acledPages.isEmpty || !opened.description.ucdpPages.isEmpty
                        let why = api ? "an API response with an empty list" : "its header alone"
                        if let h = hapiReading, h.rows > 0 {
                            // Rows read, none counted as this file's (review48 F3, F6: "its
                            // header alone" sent the user to check a download that was whole).
                            var ways: [String] = []
                            let later = h.sameInLaterFile + h.replacedByLaterFile
                            if later > 0 { ways.append("\(later) also in a file given later, whose figures are read") }
                            if h.otherLevels > 0 { ways.append("\(h.otherLevels) of other admin levels, left out by the admin level asked for") }
                            if h.repeats > 0 { ways.append("\(h.repeats) repeating a row of its own") }
                            // A total may also be a later file's row: the rest, if any, are totals.
                            let rest = h.rows - later - h.otherLevels - h.repeats
                            if rest > 0 { ways.append("\(rest) the totals of finer rows") }
                            let rowsRead = h.rows == 1 ? "its 1 row" : "its \(h.rows) rows"
                            lock.locked { notes.append("\(name): none of its HDX HAPI rows adds a figure of its own (\(rowsRead): \(ways.joined(separator: "; ")))") }
                        } else {
                            lock.locked { notes.append("\(name): no \(shown) (\(why)): it adds no figure and covers no day") }
                        }
                    }
                }
                return
            }
        }
    }

    /// Where the text's last line starts when it holds a record with no line end after
    /// it (the file's last byte is neither LF nor CR, and the bytes after its last LF
    /// from `from` on hold text); nil when the text ends with a line end, or its last
    /// line is empty, a row of commas, or part of the header (before `from`).
    static func unterminatedTail(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int? {
        guard to > from, base[to - 1] != 0x0A, base[to - 1] != 0x0D else { return nil }
        var i = to - 1
        while i >= from && base[i] != 0x0A { i -= 1 }
        let start = i + 1
        guard start >= from, holdsText(base, from: start, to: to) else { return nil }
        return start
    }

    /// The refusal of an export cut inside its last record (``unterminatedTail``).
    static func cutMessage(_ layout: RowLayout) -> String {
        let field = layout.names.last.map { " (here '\($0)')" } ?? ""
        let whose = layout.isTallyTable ? "a table tally writes" : layout.schema == .ucdpGED ? "a UCDP GED export"
            : layout.schema == .hapiConflict ? "an HDX HAPI download" : "an ACLED export"
        return "the file ends inside its last record: no line end after it, though \(whose) always ends with one. "
            + "A download cut short or a copy onto a full disk ends so, and the record's last field\(field) would be read cut; "
            + "download it again (or copy it again); if the file is whole, add a line end at its end"
    }

    /// The note for a native file whose last record has no line end after it.
    static func unterminatedNote(_ place: String) -> String {
        "\(place): the file ends with no line end after its last record, read as it stands; a hand-made file may end so, "
            + "but a download or copy cut short does too, with the last figure cut: check that row against the source "
            + "(a line end at the file's end silences this note)"
    }

    /// Whether bytes `from..<to` hold anything but line ends, spaces, tabs, commas and
    /// quotes (the empty rows a spreadsheet leaves under its last one hold no record,
    /// nor does `"","",""`, the row a quote-all writer gives an empty frame).
    static func holdsText(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> Bool {
        var i = from
        while i < to {
            switch base[i] {
            case 0x0A, 0x0D, 0x20, 0x09, 0x2C, 0x22: i += 1
            default: return true
            }
        }
        return false
    }

    /// The end of the record at `start` when it is an HXL hashtag row (HDX puts one
    /// under the header: `#date+year,#adm1+name,…`): every non-empty field starts with
    /// `#`, and at least one is non-empty. No data row of any schema looks like that,
    /// since dates and countries never start with `#`. The first field may be a row
    /// number instead, where pandas (`to_csv` with its index) or R (`write.csv`'s row
    /// names) wrote the file and kept the tag row as data (review48 F13): `0,#date+year,…`,
    /// with at least two tagged fields beside it.
    private func tagRowEnd(_ b: Block, from start: Int) -> Int? {
        let capacity = 4096
        let spans = UnsafeMutablePointer<FieldSpan>.allocate(capacity: capacity)
        defer { spans.deallocate() }
        var scanner = CSVScanner(base: b.memory, start: start, end: b.count)
        guard case let .record(n) = scanner.next(into: spans, capacity: capacity) else { return nil }
        var tagged = 0, rowNumber = false
        for i in 0 ..< min(n, capacity) where spans[i].count > 0 {
            var k = spans[i].start
            let end = spans[i].start + spans[i].count
            while k < end && b.memory[k] == 0x20 { k += 1 }
            if BlockParser.isNA(b.memory + k, count: end - k) { continue } // R's NA: an empty field
            if i == 0 && k < end && (k ..< end).allSatisfy({ b.memory[$0] >= 0x30 && b.memory[$0] <= 0x39 }) { rowNumber = true; continue }
            guard k < end, b.memory[k] == 0x23 else { return nil }
            tagged += 1
        }
        return tagged > (rowNumber ? 1 : 0) ? scanner.position : nil
    }

    private func release(_ b: Block) {
        lock.locked { b.file = nil; free.append(b) }
        freeSlots.signal()
    }

    /// readers12 (audit11 F1, message): a first line of a title (one or two cells filled:
    /// "ACLED export 2019-2021") above the header: the line below it that holds a header
    /// tally reads, within the first ten, and what to do. Empty when there is none.
    /// readers19 (issue 11, message): a first line of three or more cells naming no column
    /// tally reads (a note written across cells, "Checked,by,desk") above the header said
    /// only "missing required column 'date_start' (… is this the right file?)". Its cells
    /// are words (two letters or more each): `a,b,c,d` is a row of labels, no note.
    private func titleRowsHint(_ b: Block, name: String, after end: Int, names: [String], schema: Schema, headerLines: Int,
                               spans: UnsafeMutablePointer<FieldSpan>, capacity: Int) -> String {
        let filled = names.filter { !$0.trimmingSpaces.isEmpty }
        let note = !filled.contains(where: { RowLayout.knownColumns.contains($0.trimmingSpaces.lowercased()) })
            && filled.allSatisfy { $0.count(where: \.isLetter) >= 2 }
        guard filled.count <= 2 || note, end < b.count else { return "" }
        var scanner = CSVScanner(base: b.memory, start: end + 1, end: b.count)
        for k in 1 ... 10 {
            guard case let .record(n) = scanner.next(into: spans, capacity: capacity), n <= capacity else { return "" }
            let row = (0 ..< n).map { i -> String in
                let t = String(decoding: UnsafeBufferPointer(start: b.memory + spans[i].start, count: spans[i].count), as: UTF8.self)
                return (spans[i].hasEscapes ? t.replacingDoubledQuotes : t).trimmingSpaces
            }
            guard row.filter({ !$0.isEmpty }).count > 2 else { continue }
            guard let found = try? RowLayout(header: row, file: name, extraColumns: [], schema: schema) else { return "" }
            let what: String
            switch found.schema {
            case .acled: what = "ACLED's header"
            case .ucdpGED: what = "UCDP GED's header"
            case .hapiConflict: what = "HDX HAPI's header"
            case .native, .auto: what = "a header tally reads"
            }
            let shown = row.filter { !$0.isEmpty }.prefix(3).map { MessageText.excerpt($0, limit: 30) }.joined(separator: ",")
            let line = headerLines + k
            let one = filled.count <= 2 ? "is a title" : "is a note"
            return "; line \(line) holds \(what) (\(shown),…): the line\(line - 1 == 1 ? "" : "s") above it \(line - 1 == 1 ? one : "are a title or notes"); "
                + "delete \(line - 1 == 1 ? "it" : "them") so that the header is the first line (in a workbook, delete the rows above the header)"
        }
        return ""
    }

    /// Parses the header record at the start of a file's first block.
    private func header(_ b: Block, name: String, index: Int, atEOF: Bool, schema: Schema,
                        convertedFrom: Schema? = nil, date1904: Bool? = nil) throws(TallyError) -> FileContext {
        var start = 0
        if b.count >= 3 && b.memory[0] == 0xEF && b.memory[1] == 0xBB && b.memory[2] == 0xBF { start = 3 }
        // Excel's `sep=,` line above the header: skipped (a tab-separated file's
        // `sep=<tab>` arrives converted to it); any other separator is refused by name.
        var headerLines = 1
        if let line = separatorLine(b.memory, start: start, end: b.count) {
            guard line.separator == [0x2C] else { throw .data("\(name):1: " + separatorLineProblem(line.separator)) }
            start = line.next
            headerLines = 2
        }
        // Find the end of the header line (headers with quoted line breaks are not
        // worth supporting; a header is a single line).
        var end = start
        while end < b.count && b.memory[end] != 0x0A { end += 1 }
        if end - start > Pipeline.maximumHeaderBytes {
            // A file that ends inside its first line arrives whole in one block.
            throw .data("\(name):\(headerLines): the header line is longer than 1 MiB; is this a CSV file?")
        }
        // Classic Mac line ends (Excel's "CSV (Macintosh)"): lone CRs, so the whole
        // file looks like one line.
        if let cr = (start ..< end).first(where: { b.memory[$0] == 0x0D }), cr + 1 < end {
            throw .data("\(name):\(headerLines): lines end with a lone CR (classic Mac); re-save the file as \"CSV UTF-8\" or convert its line ends to LF")
        }
        if let problem = firstTextProblem(b.memory + start, end - start) {
            // Like git, call a file binary when its first few kilobytes hold a NUL byte.
            let binary = problem.kind == .nulByte || memchr(b.memory, 0, min(b.count, 8000)) != nil
            throw .data(binary
                ? "\(name):\(headerLines): NUL byte: this is not a text CSV file"
                : "\(name):\(headerLines): in the header: " + BlockParser.notUTF8Message(b.memory[start + problem.offset],
                                                                   given: (request.perFile[name]?.encoding ?? request.input.encoding) == .utf8 ? .utf8 : nil))
        }
        // Scan once to count the columns, then again to keep them all: a wide export
        // may have thousands of columns besides the few tally reads.
        var capacity = 256
        var spans = UnsafeMutablePointer<FieldSpan>.allocate(capacity: capacity)
        defer { spans.deallocate() }
        var scanner: CSVScanner
        var fields = 0
        while true {
            scanner = CSVScanner(base: b.memory, start: start, end: min(end + 1, b.count))
            switch scanner.next(into: spans, capacity: capacity) {
            case let .record(n): fields = n
            case let .malformed(p, _): throw .data("\(name):\(headerLines): header: \(p.message)")
            case .endOfBlock: throw .data("\(name): empty file; expected a header row (docs/spec.md §2)")
            }
            if fields <= capacity { break }
            spans.deallocate()
            capacity = fields
            spans = .allocate(capacity: capacity)
        }
        let names = (0 ..< fields).map { i -> String in
            let s = spans[i]
            let t = String(decoding: UnsafeBufferPointer(start: b.memory + s.start, count: s.count), as: UTF8.self)
            return s.hasEscapes ? t.replacingDoubledQuotes : t
        }
        var layout: RowLayout
        do {
            layout = try RowLayout(header: names.map(\.trimmingSpaces), file: name,
                                   extraColumns: request.config.grouping.extraColumns, schema: schema,
                                   optionNames: request.optionNames)
        } catch {
            throw TallyError(exitCode: error.exitCode, message: error.message
                + titleRowsHint(b, name: name, after: end, names: names, schema: schema, headerLines: headerLines, spans: spans, capacity: capacity))
        }
        layout.convertedFrom = convertedFrom
        try checkTableKeys(layout, name: name)
        let given = request.perFile[name]?.encoding ?? request.input.encoding
        layout.encodingGiven = given == .auto ? nil : given
        layout.date1904 = date1904
        layout.plausible = request.perFile[name]?.plausibleDates
        layout.convention = request.convention(forFile: name == "<stdin>" ? "-" : name)
        layout.declaredSource = request.declaredSource(ofFile: index)
        b.start = scanner.position
        if layout.schema == .acled || ((layout.schema == .ucdpGED || layout.schema == .native) && layout.period < 0 && layout.dateStart >= 0) {
            try decideDateOrder(&layout, b, spans: spans, capacity: capacity, name: name, atEOF: atEOF)
        }
        return FileContext(name: name, layout: layout, headerLines: headerLines, index: index)
    }

    /// A table tally wrote holds only the keys it was grouped by (review9d #15: one
    /// without a country column, `--by actor` or a report of summaries, reads back by
    /// the keys it has). Grouped by a key it lacks, every row would be that key's "not
    /// given" (a country no table can be read back with); filtered on one, every row
    /// would be dropped and nothing, or a zero, printed. Both refused, saying what the
    /// file holds and what to do.
    private func checkTableKeys(_ layout: RowLayout, name: String) throws(TallyError) {
        guard layout.period >= 0 else { return }
        let has = GroupKey.allCases.filter { layout.names.contains($0.column) }.map(\.rawValue)
        for key in request.config.grouping.keys where !layout.names.contains(key.column) {
            throw .data("\(name): a table tally wrote without a '\(key.column)' column (it was aggregated without --by "
                        + "\(key.rawValue)), so its rows cannot be grouped by \(key.rawValue) (\(RowLayout.describe(layout.names))); "
                        + "group it by keys it has (" + (has.isEmpty ? "" : "--by \(has.joined(separator: ",")), or ") + "--by '' for none), "
                        + "or aggregate the original records by \(key.rawValue)")
        }
        for (column, values, option) in [("country", request.filter.countries, "--country"), ("actor", request.filter.actors, "--actor")]
        where !values.isEmpty && !layout.names.contains(column) {
            throw .data("\(name): a table tally wrote without a '\(column)' column (it was aggregated without --by \(column)), "
                        + "so none of its rows can be kept by \(option) (\(RowLayout.describe(layout.names))); read it without "
                        + "\(option), or aggregate the original records with --by \(column) and filter those")
        }
    }

    /// All-numeric ACLED dates (`28/05/2016`, the old export form; `5/28/2016` after
    /// an American Excel) are read in one order per file: `--date-order`, or the order
    /// that the dates in the first block allow (a number above 12 can only be a day).
    /// A file whose dates allow both orders, or neither, is refused with the line
    /// that shows it and the option that settles it.
    ///
    /// UCDP GED and native files re-saved by a spreadsheet have the same dates in
    /// `date_start` and `date_end` (review48 F4: refused, and `--date-order` was taken
    /// and did nothing); both columns are evidence. A file whose first row is dated
    /// `YYYY-MM-DD` is not scanned (a spreadsheet re-saves every row alike).
    private func decideDateOrder(_ layout: inout RowLayout, _ b: Block, spans: UnsafeMutablePointer<FieldSpan>,
                                 capacity: Int, name: String, atEOF: Bool) throws(TallyError) {
        let columns = layout.schema == .acled ? [layout.dateStart] : [layout.dateStart, layout.dateEnd].filter { $0 >= 0 }
        if let given = request.perFile[name]?.dateOrder {
            layout.dayMonthOrder = given
            layout.dayMonthOrderReason = "given with date_order: \(given.rawValue) in the spec"
            layout.dayMonthOrderGiven = true
            return
        }
        if let given = request.dateOrder {
            layout.dayMonthOrder = given
            layout.dayMonthOrderReason = "given with --date-order \(given.rawValue)"
            layout.dayMonthOrderGiven = true
            return
        }
        var end = min(b.count, b.start + Pipeline.decisionWindow)
        if end < b.count { while end > b.start && b.memory[end - 1] != 0x0A { end -= 1 } }
        let year = request.thisYear ?? Clock.thisYear
        /// readers12: a date in a form other than all-numeric, for ``RowLayout/otherDateForm``.
        func otherForm(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
            n > 0 && (CalendarDay.parseAnyForm(p, count: n, order: nil, thisYear: year) != nil || CalendarDay.parseDateTime(p, count: n) != nil)
        }
        if layout.schema != .acled {
            // The first row, past HDX's tag row (`#date+start`, which the reader skips:
            // review50 F7, HDX's UCDP download re-saved by Excel was refused).
            // readers12 (review54 F9): a slashed date_end decides as a slashed date_start
            // does (UCDP counts at date_end; its "28/05/2018" was refused as undecided).
            var first = CSVScanner(base: b.memory, start: b.start, end: end)
            var slashed = false
            for _ in 0 ..< 2 {
                let line = 2 + first.lineFeeds
                guard case let .record(n) = first.next(into: spans, capacity: capacity), layout.dateStart < min(n, capacity) else { return }
                let s = spans[layout.dateStart]
                if s.count > 0 && b.memory[s.start] == 0x23 { continue }
                for column in columns where column < min(n, capacity) {
                    let c = spans[column]
                    if CalendarDay.slashedEvidence(b.memory + c.start, count: c.count, thisYear: year) != .notSlashed { slashed = true }
                    else if otherForm(b.memory + c.start, c.count) {
                        layout.otherDateForm[column] = (line, String(decoding: UnsafeBufferPointer(start: b.memory + c.start, count: c.count), as: UTF8.self))
                    }
                }
                break
            }
            guard slashed else { return }
        }
        var scanner = CSVScanner(base: b.memory, start: b.start, end: end)
        var dayFirst: (line: Int, text: String)?, monthFirst: (line: Int, text: String)?, ambiguous: (line: Int, text: String, column: Int)?
        var lastLine = 1
        scan: while true {
            let line = 2 + scanner.lineFeeds
            switch scanner.next(into: spans, capacity: capacity) {
            case let .record(n):
                lastLine = line
                for column in columns where column < min(n, capacity) {
                    let s = spans[column]
                    let p = b.memory + s.start
                    func text() -> String { String(decoding: UnsafeBufferPointer(start: p, count: s.count), as: UTF8.self) }
                    switch CalendarDay.slashedEvidence(p, count: s.count, thisYear: year) {
                    case .dayFirst: if dayFirst == nil { dayFirst = (line, text()) }
                    case .monthFirst: if monthFirst == nil { monthFirst = (line, text()) }
                    case .ambiguous: if ambiguous == nil { ambiguous = (line, text(), column) }
                    case .notSlashed:
                        if layout.otherDateForm[column] == nil && otherForm(p, s.count) { layout.otherDateForm[column] = (line, text()) }
                    case .sameEitherWay, .invalid: break
                    }
                }
                if dayFirst != nil && monthFirst != nil { break scan }
            case .endOfBlock, .malformed:
                break scan
            }
        }
        let column = columns.count == 1 ? "column '\(layout.names[layout.dateStart])'" : "columns " + columns.map { "'\(layout.names[$0])'" }.joined(separator: " and ")
        switch (dayFirst, monthFirst) {
        case let (d?, m?):
            let later = max(d.line, m.line)
            throw .data("\(name):\(later): \(column): the file mixes date orders: line \(d.line) \"\(d.text)\" reads only day first, line \(m.line) \"\(m.text)\" only month first, and no one order reads both (--date-order would refuse one of them); correct one of the two forms in the file")
        case let (d?, nil):
            layout.dayMonthOrder = .dmy
            layout.dayMonthOrderReason = "decided from line \(d.line) (\"\(d.text)\": a day above 12)"
        case let (nil, m?):
            layout.dayMonthOrder = .mdy
            layout.dayMonthOrderReason = "decided from line \(m.line) (\"\(m.text)\": a day above 12)"
        case (nil, nil):
            if let a = ambiguous {
                let scope = atEOF && end == b.count ? "the file" : "its first \(lastLine) lines"
                // readers12 (review54 F9, message): --date-order would be refused again by
                // the two-forms rule; say what settles it.
                if let o = layout.otherDateForm[a.column] {
                    throw .data("\(name):\(a.line): " + Self.twoFormsAtStart(column: layout.names[a.column], slashed: (a.line, a.text), other: o))
                }
                throw .data("\(name):\(a.line): \(column): \"\(a.text)\" could be day/month or month/day, and no date in \(scope) has a day above 12 to decide; give --date-order dmy (28/05/2016) or --date-order mdy (05/28/2016)")
            }
        }
    }

    /// readers12 (review54 F9, message): a slashed date that nothing orders in a column
    /// that also holds another form. --date-order is not advised: the two-forms rule
    /// (`checkMixedDateForms`) refuses such a column under any order.
    static func twoFormsAtStart(column: String, slashed: (line: Int?, text: String), other: (line: Int, text: String)) -> String {
        let o = "line \(other.line) \"\(MessageText.limited(other.text))\""
        let s = (slashed.line.map { "line \($0) " } ?? "here ") + "\"\(MessageText.limited(slashed.text))\" (all-numeric)"
        return "column '\(column)' holds dates in two forms: " + ((slashed.line ?? Int.max) < other.line ? "\(s) and \(o)" : "\(o) and \(s)")
            + ", the mark of a file opened in a spreadsheet of the other day/month order; --date-order does not settle it: "
            + "export the column again in one form (the CSV as downloaded, or every date as YYYY-MM-DD)"
    }

    /// The line in its file of line `lineInBlock` of block `seq`: lines of earlier
    /// blocks of the same file, plus the header.
    private func absoluteLine(_ seq: Int, _ lineInBlock: Int, _ file: FileContext) -> Int {
        var line = file.headerLines + lineInBlock + 1
        for s in 0 ..< seq where blockFiles[s] === file { line += blockLines[s] }
        return line
    }

    /// Reports of one incident value that cannot be one event are refused (spec §3,
    /// docs/aggregation.md "Incidents"; review30 S12): two monitors each numbering their
    /// incidents 1, 2 … had one country's deaths merged into another's range. Reports
    /// whose spans lie more than ``IncidentMerger/plausibleGap`` days apart, or that name
    /// two countries, are refused naming both rows.
    private func checkIncidents(_ incidents: IncidentMerger) throws(TallyError) {
        // A row's place among the inputs as given (files may be read last first).
        func rank(_ at: UInt64) -> (file: Int, line: Int, context: FileContext?) {
            let seq = Int(at >> 32) - 1, line = Int(at & 0xFFFF_FFFF)
            guard seq >= 0, seq < blockFiles.count, let file = blockFiles[seq] else { return (Int.max, 0, nil) }
            return (file.index, absoluteLine(seq, line, file), file)
        }
        func precedes(_ a: UInt64, _ b: UInt64) -> Bool {
            let (x, y) = (rank(a), rank(b))
            return (x.file, x.line) < (y.file, y.line)
        }
        guard let (value, m) = incidents.firstImpossible(precedes: precedes) else { return }
        func place(_ at: UInt64) -> String {
            let r = rank(at)
            guard let file = r.context else { return "?" }
            return "\(file.name):\(file.locator.place(r.line))"
        }
        let strings = incidents.strings
        let what = "incident \"\(MessageText.limited(value))\" (measure \(strings.string(m.observation.measure)))"
        let advice = "make incident values unique per source (two monitors each numbering their incidents 1, 2 … share no incident: "
            + "prefix them, A-1 and B-1), or leave the incident column out"
        if var c = m.countryClash {
            if precedes(c.second, c.first) {
                c = .init(first: c.second, firstCountry: c.secondCountry, second: c.first, secondCountry: c.firstCountry)
            }
            let (a, b) = (strings.string(c.firstCountry), strings.string(c.secondCountry))
            throw .data("\(place(c.first)): \(what) is reported in \(a) here and in \(b) on \(place(c.second)): reports of one incident "
                + "are one event in one place, and merged, one country's figures would go into the other's; \(advice); "
                + "if it is one event across a border, give every report of it the same country (a joint region such as \"\(a);\(b)\")")
        }
        let (early, late) = (m.earliestEndAt, m.latestStartAt)
        let endText = "ends \(m.earliestEnd)", startText = "starts \(m.latestStart)"
        let (a, b, aText, bText) = precedes(late, early) ? (late, early, startText, endText) : (early, late, endText, startText)
        throw .data("\(place(a)): \(what): the report here \(aText), the one on \(place(b)) \(bText), \(m.gapDays) days apart: "
            + "reports of one incident are one event, and no report of it lies more than \(IncidentMerger.plausibleGap) days "
            + "from another; \(advice)")
    }

    /// readers11 F8 (silent): a date column holding all-numeric dates (`28/05/2021`, read
    /// in the order the file's days above 12 decide, or `--date-order`) beside dates of
    /// another form (`2021-08-05`, `8 May 2021`) cannot be read without guessing. It is
    /// the mark of a day-first export opened in a month-first spreadsheet (or the
    /// reverse): the dates that read either way (day 12 or less) became date cells with
    /// day and month swapped, saved as a workbook's date cells or written back in another
    /// form, and the rest stayed text. The text decides the order; the converted cells,
    /// read as true dates, land in the wrong month (116 of 300 rows, exit 0). No option
    /// puts the converted cells right (`--date-order` orders the text alone), so the file
    /// is refused naming the first line of each form. A column of one form, or of forms
    /// that each say their order (ISO beside `28 May 2021`), is read as before.
    private func checkMixedDateForms() throws(TallyError) {
        var merged: [Int: [(at: UInt64, text: String)]] = [:]
        for p in parsers {
            for (input, seen) in p.tally.allFormSightings {
                var m = merged[input] ?? Array(repeating: (0, ""), count: 2 * DateForm.allCases.count)
                for (i, s) in seen.enumerated() where s.at != 0 && (m[i].at == 0 || s.at < m[i].at) { m[i] = s }
                merged[input] = m
            }
        }
        // readers12 (review54 F9): date_start (slot 0) and date_end (slot 1), each alone.
        for (_, seen) in merged.sorted(by: { $0.key < $1.key }) { for slot in 0 ..< 2 {
            let numeric: [DateForm] = [.dayMonthYear, .monthDayYear]
            let o = slot * DateForm.allCases.count
            func first(_ forms: [DateForm]) -> (form: DateForm, at: UInt64, text: String)? {
                forms.compactMap { f in seen[o + f.rawValue].at == 0 ? nil : (f, seen[o + f.rawValue].at, seen[o + f.rawValue].text) }.min { $0.at < $1.at }
            }
            guard let slashed = first(numeric), let other = first(DateForm.allCases.filter { !numeric.contains($0) }) else { continue }
            let seqA = Int(slashed.at >> 32) - 1, seqB = Int(other.at >> 32) - 1
            guard seqA >= 0, seqA < blockFiles.count, seqB >= 0, seqB < blockFiles.count, let file = blockFiles[seqA] else { continue }
            let lineA = absoluteLine(seqA, Int(slashed.at & 0xFFFF_FFFF), file), lineB = absoluteLine(seqB, Int(other.at & 0xFFFF_FFFF), file)
            let layout = file.layout
            let index = slot == 0 ? layout.dateStart : layout.dateEnd
            guard index >= 0 else { continue }
            let column = layout.names[index]
            func place(_ line: Int) -> String {
                let p = file.locator.place(line)
                return p.first?.isNumber == true ? "line " + p : p
            }
            let order = layout.dayMonthOrder ?? (slashed.form == .dayMonthYear ? .dmy : .mdy)
            var workbook = false
            if case let .rows(_, _, dated) = file.locator, dated.contains(column.trimmingSpaces) { workbook = true }
            let formName: String
            switch other.form {
            case .iso: formName = "YYYY-MM-DD"
            case .isoWithTime: formName = "YYYY-MM-DD with a time"
            case .written: formName = "with a month name"
            default: formName = "with a month name and a two-digit year"
            }
            let otherWords = workbook && other.form == .iso ? "a cell the workbook holds as a date (\(other.text))"
                : "\"\(MessageText.limited(other.text))\" (\(formName))"
            let slashedWords = "\"\(MessageText.limited(slashed.text))\" (all-numeric, read \(order.words), \(layout.dayMonthOrderReason))"
            let both = lineB < lineA ? "\(place(lineB)) \(otherWords) and \(place(lineA)) \(slashedWords)"
                : "\(place(lineA)) \(slashedWords) and \(place(lineB)) \(otherWords)"
            let how = order == .dmy ? "a day-first file opened in a month-first spreadsheet (an American Excel)"
                : "a month-first file opened in a day-first spreadsheet"
            let converted = workbook ? "date cells" : "dates written \(formName)"
            throw .data("\(file.name):\(file.locator.place(max(lineA, lineB))): column '\(column)' holds dates in two forms: \(both). "
                + "A column of both cannot be read without guessing: \(how) turns the dates that read either way (day 12 or less) "
                + "into dates with day and month swapped, saved as \(converted), and leaves the others as text, so the \(converted) "
                + "may be wrong, and no --date-order puts them right. Export the column again from the source in one form (the CSV "
                + "as downloaded, or every date as YYYY-MM-DD)"
                + (workbook ? "; in Excel, open a CSV with Data > From Text/CSV and the column as text, not by double-clicking it" : ""))
        } }
    }

    /// The joint-region slip rule over every country value the run read
    /// (``JointRegionSlips``): a member one typing slip from a name the input also spells
    /// (`Iraq;Syira` beside `Iraq;Syria`) is refused at the first row holding it.
    private func checkJointRegionSlips() throws(TallyError) {
        var first: [String: (rank: Rank, line: Int, file: FileContext)] = [:]
        // Who read each value first (its parser and id there): to quote the row's own spelling.
        var reader: [String: (parser: BlockParser, id: UInt32)] = [:]
        for p in parsers {
            let strings = p.aggregator.strings
            for (id, at) in p.countriesSeen.enumerated() where at != 0 {
                let seq = Int(at >> 32) - 1, line = Int(at & 0xFFFF_FFFF)
                guard seq < blockFiles.count, let file = blockFiles[seq] else { continue }
                let name = strings.string(UInt32(id))
                let rank = Rank(file: file.index, sequence: seq)
                if let e = first[name], (e.rank, e.line) <= (rank, line) { continue }
                first[name] = (rank, line, file)
                reader[name] = (p, UInt32(id))
            }
        }
        /// The value as the row named for it spells it (review29 N1: the message quoted
        /// `Bosnia and Herzegovina`, the key, for a line holding `Bosnia-Herzegovina`).
        func spelt(_ value: String) -> String {
            guard let e = first[value], let r = reader[value],
                  let raw = r.parser.countrySpelling(r.id, input: e.file.index, sequence: e.rank.sequence, line: e.line) else { return value }
            let shown = KeyKind.cleaned(raw)
            return shown.isEmpty ? value : shown
        }
        let ordered = first.sorted { ($0.value.rank, $0.value.line, $0.key) < ($1.value.rank, $1.value.line, $1.key) }
        guard let slip = JointRegionSlips.first(in: ordered.map(\.key)), let at = first[slip.value] else { return }
        // The column named as the file names it (HAPI's `location_name`).
        func slipError(_ m: String) -> TallyError { .data(at.file.locator.message(m)) }
        func place(_ e: (rank: Rank, line: Int, file: FileContext)) -> String {
            "\(e.file.name):\(e.file.locator.place(absoluteLine(e.rank.sequence, e.line, e.file)))"
        }
        let how = slip.caseOnly ? "the same but for letter case as" : slip.slips == 2 ? "two typing slips from" : "one typing slip from"
        let value = MessageText.excerpt(spelt(slip.value), limit: 60), member = MessageText.excerpt(slip.member, limit: 60)
        let near = MessageText.excerpt(slip.near, limit: 60) + (slip.country.map { "\" (a name of \($0))" } ?? "\"")
        let whose: String
        if let nearValue = slip.nearValue {
            let other = first[nearValue].map(place) ?? "another row"
            whose = "which the input also spells (\(other): \"\(MessageText.excerpt(spelt(nearValue), limit: 60))\")"
        } else {
            whose = "a country in tally's list"
        }
        if slip.lone && slip.swapped {
            throw slipError("\(place(at)): column 'country': \"\(value)\" is a name tally does not know, two neighbouring letters "
                + "swapped from \"\(near), a country in tally's list, and no row of the input spells it: read as written it would be a "
                + "group of its own, apart from that country's rows in any other input; if it is \(slip.country ?? slip.near), write it "
                + "so in the data; if it is a place of its own, write its country after it, as \"\(value), <its country>\" or \"\(value) "
                + "(<its country>)\"")
        }
        if slip.lone {
            throw slipError("\(place(at)): column 'country': \"\(value)\" is a name tally does not know, \(how) \"\(near), \(whose): "
                + "counted as written they would be two groups of one place; write it one way in the data (if both are real places, "
                + "not a slip, write the country after the one tally does not know, as \"\(value), <its country>\" or \"\(value) "
                + "(<its country>)\")")
        }
        let what = slip.nearValue == nil ? "read as written it would be a group apart from the one the right spelling makes"
            : "counted as written they would be two groups of one place"
        throw slipError("\(place(at)): column 'country': \"\(value)\" is a joint region with a member tally does "
            + "not know, \"\(member)\", \(how) \"\(near), \(whose): \(what); write it one way in the data (a place whose name is "
            + "this near a country's cannot be told from a slip: give such a place rows of its own, not in a joint region)")
    }

    /// The measure slip rule over every measure the run read (``MeasureSlips``): a
    /// name one typing slip from a measure the input spells or tally knows (`kiled`
    /// beside `killed`, `memebrs`) is refused at the first row holding it, since read as
    /// written it is a measure of its own, and a flow (review30 S22).
    private func checkMeasureSlips() throws(TallyError) {
        var first: [String: (rank: Rank, line: Int, file: FileContext)] = [:]
        for p in parsers {
            for (name, at) in p.measuresFirstRead {
                let seq = Int(at >> 32) - 1, line = Int(at & 0xFFFF_FFFF)
                guard seq >= 0, seq < blockFiles.count, let file = blockFiles[seq] else { continue }
                let rank = Rank(file: file.index, sequence: seq)
                if let e = first[name], (e.rank, e.line) <= (rank, line) { continue }
                first[name] = (rank, line, file)
            }
        }
        let ordered = first.sorted { ($0.value.rank, $0.value.line, $0.key) < ($1.value.rank, $1.value.line, $1.key) }.map(\.key)
        let catalog = request.config.measures
        let declared = catalog.stocks.subtracting(MeasureCatalog.builtInStocks).union(catalog.flows)
        func place(_ e: (rank: Rank, line: Int, file: FileContext)) -> String {
            "\(e.file.name):\(e.file.locator.place(absoluteLine(e.rank.sequence, e.line, e.file)))"
        }
        let slip = MeasureSlips.first(in: ordered, declared: declared)
        // A name that reads as a stock (`is_members`, `troops`, `fighters_estimate`) but
        // is neither a stock tally knows nor declared would be summed over periods like
        // deaths (review36 S7a): refused at the first row holding it, unless a slip
        // comes earlier.
        let slipAt = slip.flatMap { first[$0.measure] }
        // Only a measure the run adds up: one a `--measure` leaves out is not summed, and
        // refusing it would stop a run asked for `killed` alone.
        let asked = Set(request.filter.measures.map { KeyKind.measure.canonical($0) })
        if let m = ordered.first(where: { (asked.isEmpty || asked.contains($0)) && catalog.undeclaredStockWord(in: $0) != nil }), let at = first[m],
           slipAt.map({ (at.rank, at.line) < ($0.rank, $0.line) }) ?? true,
           let word = catalog.undeclaredStockWord(in: m) {
            let value = MessageText.excerpt(m, limit: 60)
            let says = MeasureCatalog.isStandingWord(word) ? "says its figures stand at a date or run up to it, as a running total does"
                : "names a standing size, of a group or of people living or held somewhere"
            throw .data(at.file.locator.message("\(place(at)): column 'measure': \"\(value)\" reads as a stock (its word \"\(word)\" "
                + "\(says)) but is not one tally knows (members, fighters, supporters, strength) nor declared: "
                + "read as written it would be a flow, its figures added over periods (a size of 3,500 observed in two "
                + "months of a quarter would make 7,000); if it is a standing size, declare it with --stock \"\(value)\" (a report spec: "
                + "stocks: [\"\(value)\"]); if it is counted per event (people recruited, killed), declare it with --flow "
                + "\"\(value)\" (a report spec: flows: [\"\(value)\"])"))
        }
        // DTM's mobility tracking counts the displaced present at each round of assessment
        // (measures4): a displacement measure (`displaced`, `desplazados`) in a file with a
        // column of rounds (`round`, `round_number`, `reporting_round`) is a standing size
        // read again each round, summed as a flow (3,500 at two rounds made 7,000). So are
        // its other words for the caseload (review40 S2: `displaced_households`,
        // `Returnee Individuals`, `numPresentIdpInd`; ``MeasureCatalog/countsCaseload(_:)``).
        // Which file of several holds the measure is not recorded for each: where the
        // measure's first row is in a file without rounds, any input with rounds counts.
        // A file with no rounds but a column of the date its figures stand at (`as_of`,
        // `snapshot_date`, DTM's `reportingDate`, HAPI's `assessment_type`) is a caseload
        // file the same way (review41): 3,500 displaced as of two dates made 7,000.
        func roundsColumn(_ index: Int) -> String? {
            guard let columns = fileSummaries.first(where: { $0.index == index })?.summary.columns else { return nil }
            if let r = columns.first(where: MeasureCatalog.namesRoundsOfAssessment) { return r }
            // An incident feed (review42 R6: one row per event, an `incident`, `event_id` or
            // `event_type` column) with a `reporting_date`: the date each event was reported,
            // so its `displaced` are per event, a flow. A table with rounds is refused still.
            if columns.contains(where: MeasureCatalog.namesAnEvent) { return nil }
            return columns.first(where: MeasureCatalog.namesCaseloadDate)
        }
        if let m = ordered.first(where: { (asked.isEmpty || asked.contains($0)) && !catalog.stocks.contains($0)
            && !catalog.flows.contains($0) && MeasureCatalog.countsCaseload($0) }), let at = first[m],
           slipAt.map({ (at.rank, at.line) < ($0.rank, $0.line) }) ?? true,
           let (column, inFile) = roundsColumn(at.file.index).map({ ($0, "") })
            ?? fileSummaries.sorted(by: { $0.index < $1.index }).lazy
                .compactMap({ f in roundsColumn(f.index).map { ($0, " of \(f.summary.name), read with it") } }).first {
            let value = MessageText.excerpt(m, limit: 60), col = MessageText.excerpt(column, limit: 60)
            let rounds = MeasureCatalog.namesRoundsOfAssessment(column)
            let (what, each) = rounds ? ("a column of rounds of assessment", "round") : ("a column of the date its figures stand at", "date")
            throw .data(at.file.locator.message("\(place(at)): column 'measure': \"\(value)\" in a file with \(what) "
                + "('\(col)'\(inFile)), as IOM DTM's mobility tracking writes the displaced and returnees present at each \(each): read as "
                + "written it would be a flow, each \(each)'s figure added to the last (3,500 displaced at two \(each)s would make "
                + "7,000); if it counts the people (or households) present at each \(each), declare it with --stock \"\(value)\" (a report spec: stocks: "
                + "[\"\(value)\"]); if it counts people newly displaced between \(each)s, declare it with --flow \"\(value)\" (a "
                + "report spec: flows: [\"\(value)\"])"))
        }
        guard let slip, let at = slipAt else { return }
        let value = MessageText.excerpt(slip.measure, limit: 60), near = MessageText.excerpt(slip.near, limit: 60)
        let kind = catalog.kind(of: slip.near) == .stock ? "a stock" : "a flow"
        let whose = slip.spelt ? "which the input also spells (\(first[slip.near].map(place) ?? "another row"))"
            : "\(kind) tally knows"
        let harm = catalog.kind(of: slip.near) == .stock
            ? "read as written it would be a measure of its own, and a flow: its figures would be added over periods where \"\(near)\" keeps the latest"
            : "read as written it would be a measure of its own, never added to \"\(near)\""
        throw .data(at.file.locator.message("\(place(at)): column 'measure': \"\(value)\" is one typing slip from \"\(near)\", \(whose): "
            + "\(harm); write it one way in the data (a measure of its own needs a name that is not one slip from another; "
            + "a stock of its own is declared with --stock)"))
    }

    /// A country tally knows is keyed in its list's key spelling (``CountryNames/spelling(_:)``)
    /// and printed as the input spelt it most, counting rows, alone and as a member
    /// (the first read on a tie): `Eswatini` stays `Eswatini`, `Côte d’Ivoire` keeps its
    /// `’`, and `Turkey` read more often than `Türkiye` prints `Turkey`. By id in the
    /// first worker's strings, each country value whose print differs from its key.
    private func displayedCountries() -> [UInt32: String] {
        var spellings: [String: (rows: Int, first: UInt64)] = [:]
        for p in parsers {
            for (s, rows, at) in p.countrySpellings() {
                let old = spellings[s] ?? (0, UInt64.max)
                spellings[s] = (old.rows + rows, min(old.first, at))
            }
        }
        var shown: [String: (spelling: String, rows: Int, first: UInt64)] = [:]
        for (s, v) in spellings {
            guard let key = CountryNames.spelling(s) else { continue }
            // A name before a code (``CountryCodes``): `SYR` in 40 rows and `Syria` in 5 print `Syria`.
            func named(_ t: String) -> Int { CountryCodes.isCode(t) || CountryCodes.namedWithOwnCode(t) != nil ? 0 : 1 }
            // review57 F3: a name in double quotes (`"Iraq"`, now Iraq) after one without.
            func unquoted(_ t: String) -> Int { CountryNames.unquoted(t) == nil ? 1 : 0 }
            if let b = shown[key], (unquoted(b.spelling), named(b.spelling), b.rows, -Int64(bitPattern: b.first), b.spelling)
                >= (unquoted(s), named(s), v.rows, -Int64(bitPattern: v.first), s) { continue }
            shown[key] = (s, v.rows, v.first)
        }
        guard shown.contains(where: { $0.key != $0.value.spelling }) else { return [:] }
        var values = Set<String>()
        for p in parsers {
            let strings = p.aggregator.strings
            for (id, at) in p.countriesSeen.enumerated() where at != 0 { values.insert(strings.string(UInt32(id))) }
        }
        let strings = parsers[0].aggregator.strings
        var out: [UInt32: String] = [:]
        for v in values {
            var members = v.split(separator: ";").map { shown[String($0)]?.spelling ?? String($0) }
            if members.count > 1 { members.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) } }
            let display = members.joined(separator: ";")
            if display != v { out[strings.intern(v)] = display }
        }
        return out
    }

    /// Said on standard error after the run.
    private var notes: [String] = []
    /// Native inputs whose last record has no line end after it: block, line in block.
    private var unterminated: [(sequence: Int, line: Int, file: FileContext)] = []
    /// Text found to be Windows-1252 past the first MiB: by file index, where (a line
    /// of a block, or the header), for ``FileSummary``'s encoding once lines are known.
    private var encodingSwitches: [Int: (sequence: Int, lineInBlock: Int, absolute: Int?, file: FileContext)] = [:]

    /// Waits for the workers, then merges their aggregates or reports the first error
    /// in file order.
    /// Whether the ids rose from the first row with one to the last, across blocks too:
    /// then no id was read twice. Asked after ``finish()``, when the workers are joined.
    func idsRoseThroughout() -> Bool {
        lock.locked {
            if idOrderBroken { return false }
            var previous: IdOrder.Summary?
            for seq in idOrders.keys.sorted() {
                let here = idOrders[seq]!
                if let p = previous, !here.follows(p) { return false }
                previous = here
            }
            return true
        }
    }

    func finish() throws(TallyError) -> IngestOutcome {
        for _ in parsers { submit(Block(capacity: 0)) }
        for t in threads { t.join() }
        switch firstError {
        case let (seq, .record(err, file))?:
            // Absolute line: lines of earlier blocks of the same file, plus the header.
            var message = err.message
            if let other = err.otherRow {
                let place = file.locator.place(absoluteLine(other.sequence, other.line, file))
                message = message.replacingOccurrences(of: BlockError.otherLineMark,
                                                       with: place.first?.isNumber == true ? "line " + place : place)
            }
            throw .data("\(file.name):\(file.locator.place(absoluteLine(seq.sequence, err.lineInBlock, file))): \(file.locator.message(message))")
        case let (_, .file(error))?:
            throw error
        case nil:
            break
        }
        for u in unterminated {
            notes.append(Self.unterminatedNote("\(u.file.name):\(u.file.locator.place(absoluteLine(u.sequence, u.line, u.file)))"))
        }
        // readers11 F12: a CSV of exactly Excel's rows (XLSXReader.excelGridNote).
        var lineCounts: [ObjectIdentifier: (file: FileContext, lines: Int)] = [:]
        for (s, f) in blockFiles.enumerated() {
            guard let f, case .lines = f.locator else { continue }
            lineCounts[ObjectIdentifier(f), default: (f, f.headerLines)].lines += blockLines[s]
        }
        for (_, c) in lineCounts.sorted(by: { $0.value.file.index < $1.value.file.index }) where c.lines == XLSXLimits.rows {
            notes.append(XLSXReader.excelGridNote(c.file.name, row: false))
        }
        try checkMixedDateForms()
        try checkJointRegionSlips()
        try checkMeasureSlips()
        for (index, s) in encodingSwitches {
            let line = s.absolute ?? absoluteLine(s.sequence, s.lineInBlock, s.file)
            for k in fileSummaries.indices where fileSummaries[k].index == index {
                fileSummaries[k].summary.input.encoding = InputOpener.detectedWindows1252(line: line)
            }
        }
        let files = fileSummaries.sorted { $0.index < $1.index }.map(\.summary)
        try checkMeasures(files)
        try checkSummedAcrossInputs()
        if let level = request.input.adminLevel, !readHAPI {
            throw .usage("\(request.optionNames.adminLevel) \(level) reads one admin level of HDX HAPI conflict-event files, and none of the inputs is one: give them without the option")
        }
        try hapiLevels.checkPendingTotals()
        notes += try hapiLevels.checkTotalsAfterReplacement()
        try hapiLevels.checkPartsAcrossFiles()
        try checkHAPIAgainstACLED()
        try checkCoveredClaims()
        try APIJSON.checkUCDPPages(files.flatMap { f in f.input.ucdpPages.map { (f.name, $0) } })
        try APIJSON.checkACLEDPages(files.flatMap { f in f.input.acledPages.map { (f.name, $0) } })
        let first = parsers[0]
        // HDX HAPI: an output group whose part is above its whole (``HAPIConflict/partAboveWholeInResult(_:)``).
        var partsClash = ""
        do {
            // The aggregators first: the incidents' keys are interned through them.
            for p in parsers.dropFirst() {
                try first.aggregator.merge(p.aggregator)
                first.incidents.merge(p.incidents)
            }
        } catch {
            throw .data(error.description)
        }
        try checkIncidents(first.incidents)
        // A stock of a whole place beside stocks of its parts in one group (review30 S10):
        // added by the contract's rule (docs/spec.md §3), and said.
        // The country's own names (`Syrian Arab Republic`, `SYR`, `سوريا` as adm_1 of Syria)
        // are TallyIO's list's (review33 S4).
        let twoLevels = first.aggregator.stocksAtTwoLevels { country, text in
            guard let k = CountryNames.spelling(text) else { return false }
            return k == (CountryNames.spelling(country) ?? country)
        }
        // A joint region's stock beside its members', a stock with no actor (or an actor
        // naming no one group: `Total`, `Unknown`, review39 S6) beside other actors'
        // (review38 S1, S1b): said likewise.
        let overlapping = first.aggregator.stocksOverlapping(namesNoOne: ActorWords.namesNoOne, meansAll: ActorWords.meansAll)
        // One group under several names in one place (review38 S6), a stock for all
        // actors together beside its parts (stocks6 item 4): refused where the run's
        // groups add them; in the totals by measure, for a report's headline to refuse.
        // A report keeps them by period and refuses those it shows (stocks6 item 2).
        let byPeriod = request.stockRefusalsByPeriod
        if !byPeriod, let m = first.aggregator.stockAliases() { throw .data(m) }
        if !byPeriod, let m = first.aggregator.allActorsRefusal { throw .data(m) }
        let stockRefusals = byPeriod ? first.aggregator.stockAliasRefusals() + first.aggregator.allActorsRefusals : []
        let totalAliases = request.config.grouping.keys.isEmpty ? nil : first.aggregator.stockAliases(totals: true)
        let totalAliasRefusals = request.config.grouping.keys.isEmpty ? [] : first.aggregator.stockAliasRefusals(totals: true)
        // Two names that look like one group (stocks6 item 1): added, and said.
        let likely = first.aggregator.stockLikelyAliases()
        let totalLikely = request.config.grouping.keys.isEmpty ? likely : first.aggregator.stockLikelyAliases(totals: true)
        // The same in the totals by measure (a report's headline over sections by actor or
        // place: stop 38, a `Total` actor summed with HTS and Hurras al-Din, no word).
        var totalNotes: [String] = []
        if !request.config.grouping.keys.isEmpty {
            totalNotes = [first.aggregator.stocksAtTwoLevels(totals: true) { country, text in
                guard let k = CountryNames.spelling(text) else { return false }
                return k == (CountryNames.spelling(country) ?? country)
            }].compactMap { $0 }
            totalNotes += first.aggregator.stocksOverlapping(totals: true, namesNoOne: ActorWords.namesNoOne, meansAll: ActorWords.meansAll)
        }
        // (Labelled: a refusal found on the way leaves by `break reading` to the throw below.)
        reading: do {
            var outcome = IngestOutcome(result: AggregateResult(grouping: request.config.grouping,
                                                                period: request.config.period, rows: []),
                                        rowsRead: parsers.reduce(0) { $0 + $1.rows }, sources: mergedSources())
            outcome.files = files
            for p in parsers { outcome.measuresSeen.formUnion(p.measuresSeen) }
            outcome.twoLevelStocks = first.aggregator.twoLevelStocks
            outcome.totalTwoLevelStocks = request.config.grouping.keys.isEmpty ? first.aggregator.twoLevelStocks : first.aggregator.totalTwoLevelStocks
            outcome.totalNotes = totalNotes
            outcome.totalAliases = totalAliases
            outcome.stockRefusals = stockRefusals
            outcome.totalStockRefusals = request.config.grouping.keys.isEmpty ? stockRefusals
                : totalAliasRefusals + first.aggregator.totalAllActorsRefusals
            outcome.likelyAliases = likely
            outcome.totalLikelyAliases = totalLikely
            outcome.notes = notes + measureNotes(outcome.files, seen: outcome.measuresSeen) + (twoLevels.map { [$0] } ?? []) + overlapping
                + likely.map(\.note)
                + [APIJSON.countOnlyNote(files.filter { $0.input.acledPages.contains { $0.totalCount == nil } }.map(\.name))].compactMap { $0 }
            outcome.plausibleDates = plausible
            // A HAPI row is two or three native lines: counted and listed once, at its line of the file.
            outcome.implausibleDateRows = implausibleCount + files.reduce(0) { $0 + ($1.hapi.map { $0.implausibleRows - $0.implausibleLines } ?? 0) }
            var listed: [String] = []
            for e in implausible.sorted(by: { ($0.sequence, $0.line) < ($1.sequence, $1.line) }) {
                let place = "\(e.file.name):\(e.file.locator.place(absoluteLine(e.sequence, e.line, e.file)))"
                let m = "\(place): \(e.file.locator.message(e.message))"
                if outcome.implausibleDatePlaces.last != place { outcome.implausibleDatePlaces.append(place) }
                if listed.last != m { listed.append(m) }
                if listed.count == BlockParser.implausibleListed { break }
            }
            outcome.implausibleDates = listed
            outcome.duplicates = duplicates
            outcome.countedAtStart = request.config.countAtStart
            for f in files { if let h = f.hapi { outcome.dateForms.add(h.dateForms) } }
            for p in parsers {
                outcome.dateForms.add(p.tally.dateForms)
                outcome.duplicates.add(p.duplicates)
                outcome.datePrecisions.add(p.precisions)
                outcome.rangeQuirks.add(p.rangeQuirks)
                outcome.incidents.reports += p.incidentRows
                if p.rows > 0 {
                    outcome.firstDay = min(outcome.firstDay ?? p.firstDay, p.firstDay)
                    outcome.lastDay = max(outcome.lastDay ?? p.lastDay, p.lastDay)
                    outcome.lastSpanDay = max(outcome.lastSpanDay ?? p.lastSpanDay, p.lastSpanDay)
                }
            }
            // The coverage rule: each file's runs of records, and the days they all cover.
            var ends: [Int: [Int32: Int32]] = [:]
            for p in parsers {
                for (file, e) in p.tally.allFileEnds where !e.isEmpty {
                    ends[file, default: [:]].merge(e) { max($0, $1) }
                }
            }
            // The long-gap rule per country: each file's flow records by country name.
            var placeEnds: [Int: [String: [Int32: Int32]]] = [:]
            for p in parsers {
                let strings = p.aggregator.strings
                for file in p.tally.placeFiles {
                    var byId: [UInt32: [Int32: Int32]] = [:]
                    p.tally.eachPlace(of: file) { k, end in byId[UInt32(k >> 32), default: [:]][Int32(bitPattern: UInt32(truncatingIfNeeded: k))] = end }
                    for (id, e) in byId { placeEnds[file, default: [:]][strings.string(id), default: [:]].merge(e) { max($0, $1) } }
                }
            }
            // A table by year (every row of an input, in every worker, a whole calendar
            // period without an id): its year rows cover their years (review28 N3).
            var notTable = Set<Int>()
            for p in parsers { for (file, w) in p.tally.allYearTables.whole where !w { notTable.insert(file) } }
            for p in parsers {
                let strings = p.aggregator.strings
                // (Only inputs with year rows: an empty entry would mark a file of stocks
                // alone as one with flows, and its coverage "none".)
                for (file, y) in p.tally.allYearTables.years where !notTable.contains(file) && !(y.ends.isEmpty && y.places.isEmpty) {
                    if !y.ends.isEmpty { ends[file, default: [:]].merge(y.ends) { max($0, $1) } }
                    for (k, end) in y.places {
                        let day = Int32(bitPattern: UInt32(truncatingIfNeeded: k))
                        placeEnds[file, default: [:]][strings.string(UInt32(k >> 32)), default: [:]][day, default: end] = max(end,
                            placeEnds[file]?[strings.string(UInt32(k >> 32))]?[day] ?? end)
                    }
                }
            }
            // The countries of each file read without per-country days (UCDP GED, ACLED).
            var fileCountries: [Int: Set<String>] = [:]
            for p in parsers {
                for (file, ids) in p.tally.fileCountries { for id in ids { fileCountries[file, default: []].insert(p.aggregator.strings.string(id)) } }
            }
            if let refusal = publishersMeet(placeEnds: placeEnds) {
                partsClash = refusal
                break reading
            }
            if let note = nativeBesidePublishers(placeEnds: placeEnds) { outcome.notes.append(note) }
            // A dataset of stocks alone covers the days of its observations.
            let withFlows = Set(ends.keys)
            for p in parsers {
                for (file, days) in p.tally.stockDays where !withFlows.contains(file) {
                    for d in days { ends[file, default: [:]][d] = d }
                }
            }
            // Rows of tally's own table read back: the days of their periods no row's
            // `covered` claims (a March row covered 1..10 March) stay uncovered.
            // Each country's rows alone (the long-gap rule per country gives each its own
            // days): the dataset's are the days any country's rows leave out.
            let shownCountries = displayedCountries()
            func shownName(_ key: String) -> String { shownCountries[first.aggregator.strings.intern(key)] ?? key }
            var periodsRead: [Int: [String: [ClosedRange<CalendarDay>]]] = [:]
            var claimedRead: [Int: [String: [ClosedRange<CalendarDay>]]] = [:]
            for p in parsers {
                for (input, byCountry) in p.tally.periodClaims {
                    let ds = request.dataset(ofFile: input)
                    for (country, claims) in byCountry {
                        let name = country == .max ? "" : shownName(p.aggregator.strings.string(country))
                        for (k, v) in claims {
                            let (a, b) = RowTally.unpack(k)
                            periodsRead[ds, default: [:]][name, default: []].append(a ... b)
                            if let parts = p.tally.periodClaimParts[input]?[country]?[k] {
                                claimedRead[ds, default: [:]][name, default: []] += parts
                            } else if v != RowTally.claimsNone {
                                let (c, e) = RowTally.unpack(v); claimedRead[ds, default: [:]][name, default: []].append(c ... e)
                            }
                        }
                    }
                }
            }
            var silentClaims: [Int: [ClosedRange<CalendarDay>]] = [:]
            var placeSilentClaims: [Int: [String: [ClosedRange<CalendarDay>]]] = [:]
            for (ds, byCountry) in periodsRead {
                var all: [ClosedRange<CalendarDay>] = []
                for (name, periods) in byCountry {
                    let cut = DatasetCoverages.unclaimed(periods: periods, claimed: claimedRead[ds]?[name] ?? [])
                    all += cut
                    if !name.isEmpty { placeSilentClaims[ds, default: [:]][name] = cut }
                }
                silentClaims[ds] = Coverage(runs: all)?.runs ?? []
                // One country: its days are the dataset's.
                if placeSilentClaims[ds]?.count ?? 0 < 2 { placeSilentClaims[ds] = nil }
            }
            // A dataset of several files (an export split in parts) is named by its
            // files: "a.csv and b.csv", "a.csv and 11 more files".
            var parts: [Int: [String]] = [:]
            for (index, summary) in fileSummaries.sorted(by: { $0.index < $1.index }) {
                parts[request.dataset(ofFile: index), default: []].append(summary.name)
            }
            func shortName(_ name: String) -> String { String(name.split(separator: "/").last ?? Substring(name)) }
            // A dataset reports continuously when all its files' schemas do (UCDP GED,
            // ACLED): its quiet spells are covered (the gap rule), not gaps.
            var continuous: [Int: Bool] = [:]
            // A dataset of tables tally wrote covers what their rows claim, run rule or not.
            var tables: [Int: Bool] = [:]
            for (index, summary) in fileSummaries {
                tables[request.dataset(ofFile: index), default: true] = tables[request.dataset(ofFile: index), default: true] && summary.isTable
                continuous[request.dataset(ofFile: index), default: true] =
                    continuous[request.dataset(ofFile: index), default: true] && summary.schema.reporting == .continuous
            }
            // Parts of one export split by date (``ExportParts``: the same schema, columns,
            // declared source and reporting, days that meet, a country in common) are one
            // dataset, as if declared so (review29 S5): their records' days together.
            var shapes: [Int: String?] = [:]
            for (index, summary) in fileSummaries {
                let ds = request.dataset(ofFile: index)
                let shape = summary.isTable ? nil : exportShape(summary, file: index, continuous: continuous[ds] ?? false)
                if let old = shapes[ds] { if old != shape { shapes[ds] = .some(nil) } } else { shapes[ds] = .some(shape) }
            }
            // Each dataset's schemas, once (a filter of every file per dataset was
            // quadratic in the files: review46 H1).
            var schemasOf: [Int: Set<Schema>] = [:]
            for (index, summary) in fileSummaries { schemasOf[request.dataset(ofFile: index), default: []].insert(summary.schema) }
            let exportParts = ends.keys.sorted().compactMap { i -> ExportParts.Part? in
                let countries = placeEnds[i].map { Set($0.keys) } ?? fileCountries[i] ?? []
                let schemas = schemasOf[i] ?? []
                return ExportParts.Part(index: i, shape: withFlows.contains(i) && !(tables[i] ?? false) ? (shapes[i] ?? nil) : nil,
                                        recordEnds: ends[i]!, countries: countries,
                                        overlaps: schemas == [.ucdpGED] || schemas == [.acled])
            }
            let joined = ExportParts.groups(exportParts)
            var partsOf: [Int: ExportParts.Group] = [:]
            for group in joined {
                let lead = group.parts[0]
                partsOf[lead] = group
                for m in group.parts.dropFirst() {
                    ends[lead, default: [:]].merge(ends.removeValue(forKey: m) ?? [:]) { max($0, $1) }
                    for (name, e) in placeEnds.removeValue(forKey: m) ?? [:] { placeEnds[lead, default: [:]][name, default: [:]].merge(e) { max($0, $1) } }
                    if let c = fileCountries.removeValue(forKey: m) { fileCountries[lead, default: []].formUnion(c) }
                    if let c = silentClaims.removeValue(forKey: m) { silentClaims[lead] = Coverage(runs: (silentClaims[lead] ?? []) + c)?.runs }
                    parts[lead, default: []] += parts.removeValue(forKey: m) ?? []
                }
                // Said when it changes what they cover: parts of the same days (one day
                // each, the same event in both) cover them alike, joined or not.
                let members = Set(group.parts)
                let memberParts = exportParts.filter { members.contains($0.index) }
                let spans = Set(memberParts.map { [$0.first, $0.last] })
                guard spans.count > 1 || !group.gaps.isEmpty else { continue }
                let names = (parts[lead] ?? []).map { String($0.split(separator: "/").last ?? Substring($0)) }
                let shown = names.count <= 4 ? names.dropLast().joined(separator: ", ") + " and " + names.last!
                    : names.prefix(2).joined(separator: ", ") + " … " + names.last! + " (\(names.count) files)"
                let gaps = group.gaps.prefix(3).map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound) to \($0.upperBound)" }
                    .joined(separator: ", ") + (group.gaps.count > 3 ? " and \(group.gaps.count - 3) more spells" : "")
                // What is known, not how the export was cut (review40 N3: halves of a UCDP
                // file split by side_a were said to be "split by date"): dates apart, or
                // dates that overlap, read as one export by their event ids.
                let spells = memberParts.sorted { ($0.first, $0.last) < ($1.first, $1.last) }
                // A part may start on the day the parts before it reach (a page cut inside a
                // day; two one-day files of the same day): said as such, not "apart"
                // (review46 N-l).
                var reach = Int32.min, apart = true, shared: [Int32] = []
                for p in spells {
                    if p.first < reach { apart = false } else if p.first == reach && shared.last != reach { shared.append(reach) }
                    reach = max(reach, p.last)
                }
                let idsOf = Set(group.parts.flatMap { schemasOf[$0] ?? [] }) == [.acled]
                    ? "ACLED" : "UCDP GED"
                let sharedDays = shared.prefix(3).map { "\(CalendarDay(daysSinceEpoch: $0))" }.joined(separator: ", ")
                    + (shared.count > 3 ? " and \(shared.count - 3) more" : "")
                let what = apart && shared.isEmpty ? "(one schema, the same columns and a country in common, their dates apart)"
                    : apart ? "(one schema, the same columns and a country in common, their dates apart but for \(shared.count == 1 ? "a day" : "\(shared.count) days") "
                        + "where one ends and the next begins: \(sharedDays))"
                    : "(one schema, the same columns and a country in common; their dates overlap, and their \(idsOf) event ids are one "
                        + "system, so an event in two of them is counted once)"
                outcome.notes.append("\(shown) are read as parts of one export \(what): they cover the days of their records together"
                    + (group.gaps.isEmpty ? "" : ", except \(gaps), between parts, which none of them covers (a part missing?)")
                    + (apart ? "; native files whose dates overlap each cover their own days" : "") + " (docs/aggregation.md, the coverage rule)")
            }
            let asked = Set(request.filter.countries.map { KeyKind.region.canonical($0) })
            outcome.datasets = DatasetCoverages(ends.keys.sorted().compactMap { i in
                let files = parts[i] ?? ["input \(i + 1)"]
                let name = files.count == 1 ? shortName(files[0])
                    : files.count == 2 ? shortName(files[0]) + " and " + shortName(files[1])
                    : shortName(files[0]) + " and \(files.count - 1) more files"
                var d = DatasetCoverages.Dataset(index: i, name: name, recordEnds: ends[i]!, continuous: continuous[i] ?? false,
                                                 path: files[0], claimed: tables[i] ?? false)
                d?.flows = withFlows.contains(i)
                if let byName = placeEnds[i] {
                    d?.countries = byName.keys.sorted().filter { asked.isEmpty || asked.contains($0) }.map(shownName)
                } else if let names = fileCountries[i] {
                    d?.countries = names.sorted().filter { asked.isEmpty || asked.contains($0) }.map(shownName)
                }
                // Two countries or more in a dataset that does not report continuously:
                // each country's own rhythm (the long-gap rule per country).
                // With `--country` (a report's `where:`), the countries asked for alone:
                // a silence of a country left out cuts nothing of theirs. Named as the
                // rows print them (``displayedCountries()``).
                if let byName = placeEnds[i], byName.count > 1, !(continuous[i] ?? false), !(tables[i] ?? false) {
                    d?.places = byName.keys.sorted().filter { asked.isEmpty || asked.contains($0) }.compactMap { name in
                        DatasetCoverages.Dataset(index: i, name: shownName(name), recordEnds: byName[name]!, continuous: false)
                            .map { DatasetCoverages.Dataset.Place(name: shownName(name), records: $0) }
                    }
                }
                var silent = silentClaims[i] ?? []
                if let byName = placeSilentClaims[i] {
                    let mine = asked.isEmpty ? byName : byName.filter { asked.contains(KeyKind.region.canonical($0.key)) }
                    d?.placeSilentClaims = mine
                    if !asked.isEmpty { silent = Coverage(runs: mine.values.flatMap { $0 })?.runs ?? [] }
                }
                if !silent.isEmpty { d?.silentClaims = silent }
                if let group = partsOf[i] {
                    d?.parts = group.parts
                    d?.bits = group.parts.reduce(0) { $0 | SourceSet.bit($1) }
                    if !group.gaps.isEmpty { d?.partGaps = group.gaps }
                }
                return d
            })
            outcome.fileCoverages = outcome.datasets.datasets.map(\.coverage)
            outcome.coverage = outcome.datasets.intersection
            // Incidents go in once all their reports are known; their filters apply to
            // the merged incident (its earliest date, its first report's place).
            outcome.incidents.incidents = first.incidents.count
            var inResult = IncidentSummary()
            var precisions = PrecisionCounts()
            try first.incidents.forEach { (incident: MergedIncident) throws(AggregationOverflow) in
                let o = incident.merged
                guard first.passes(o) else { return }
                try first.aggregator.add(o)
                precisions.add(incident.precisions)
                inResult.incidentsInResult += 1
                inResult.reportsInResult += incident.reports
            }
            outcome.datePrecisions.add(precisions)
            outcome.incidents.incidentsInResult = inResult.incidentsInResult
            outcome.incidents.reportsInResult = inResult.reportsInResult
            first.aggregator.countryNames = shownCountries
            // Spellings of one place a reader cannot tell apart (`ALEPPO`, `Aleppo`): one group.
            let placeIds = first.aggregator.placeIds()
            try first.aggregator.foldPlaces(adm1: PlaceFolding.map(placeIds.adm1, strings: first.aggregator.strings),
                                            adm2: PlaceFolding.map(placeIds.adm2, strings: first.aggregator.strings))
            // A place with an area word beside the same without (`Aleppo Governorate`, `Aleppo`): said.
            let keys = request.config.grouping.keys
            if keys.contains(.adm1) || keys.contains(.adm2) {
                let strings = first.aggregator.strings
                func text(_ id: UInt32) -> String { id == UInt32.max ? "" : strings.string(id) }
                var places: [(country: String, column: String, name: String, coarser: String)] = []
                for p in first.aggregator.cellPlaces() {
                    let country = p.country == UInt32.max ? "" : (shownCountries[p.country] ?? strings.string(p.country))
                    if keys.contains(.adm1) { places.append((country, "adm_1", text(p.adm1), country)) }
                    if keys.contains(.adm2) { places.append((country, "adm_2", text(p.adm2), text(p.adm1))) }
                }
                outcome.notes += PlaceFolding.areaWordNotes(places.map { ($0.country, $0.column, $0.name) })
                // A place written as a total beside its parts; places one letter apart (names13).
                outcome.notes += KeyNotes.placeNotes(places)
            }
            outcome.result = try first.aggregator.result()
            // By actor, an actor that is not one (`Total`, `Unknown`) is a row like any
            // other: said (review40), once per distinct actor at the end.
            if keys.contains(.actor), let note = ActorWords.notOneNote((outcome.result.rows + outcome.result.spanning).compactMap(\.actor)) {
                outcome.notes.append(note)
            }
            // A country that may be either of two states (bare `Congo`), a bare two-letter
            // code (`SD`), a country written as a total (names13).
            if keys.contains(.country) {
                outcome.notes += KeyNotes.countryNotes(Set((outcome.result.rows + outcome.result.spanning).compactMap(\.country)))
            }
            // The groups HAPI's rows alone make: in a run with files of other schemas too, a
            // group whose figures hold only HAPI datasets' rows (review30 S4: Sudan's 20
            // civilians of 1 killed were published once any other country's file was given).
            var hapiSets: UInt32 = 0, otherSets: UInt32 = 0
            for (i, f) in files.enumerated() {
                let bit = SourceSet.bit(request.dataset(ofFile: i))
                if f.schema == .hapiConflict { hapiSets |= bit } else { otherSets |= bit }
            }
            let onlyHAPI = hapiSets & ~otherSets
            if onlyHAPI != 0,
               let clash = HAPIConflict.partAboveWholeInResult(outcome.result, of: otherSets == 0 ? nil : onlyHAPI) {
                partsClash = clash
            } else {
                return outcome
            }
        } catch {
            throw .data(error.description)
        }
        throw .data(partsClash)
    }

    /// What must be equal for two datasets to be parts of one export split by date
    /// (``ExportParts/Part/shape``): the schema, the header's columns (without letter
    /// case, the spaces around them or unnamed ones, in any order), the declared source
    /// (a spec's `source:`), what the request adds for the file (a spec's `continuous:`)
    /// and whether it reports continuously.
    private func exportShape(_ summary: FileSummary, file: Int, continuous: Bool) -> String {
        let columns = Set(summary.columns.map { KeyKind.measure.canonical($0) }.filter { !$0.isEmpty }).sorted()
        return [summary.schema.rawValue, columns.joined(separator: "\u{1F}"), request.declaredSource(ofFile: file) ?? "",
                file < request.partKeyOfFile.count ? request.partKeyOfFile[file] : "", continuous ? "continuous" : "sparse"]
            .joined(separator: "\u{1E}")
    }

    /// HDX HAPI's conflict events are ACLED's events counted by month: a HAPI file and
    /// an ACLED export in one run whose months overlap would count those events twice.
    /// Refused, naming both files. Countries are not compared: their names differ
    /// between the two (ACLED's "Syria" is HAPI's "Syrian Arab Republic"), so a match by
    /// name would miss some and add their events twice; one source per run is the rule.
    /// Rows of one period in one file read back must say the same days covered
    /// (``RowTally/periodClaims``): else the file holds rows of inputs covered
    /// differently, and one file read back is one dataset, so the shorter coverage
    /// would be widened to the union of them (review9d #1). Refused, saying what to do.
    private func checkCoveredClaims() throws(TallyError) {
        var merged: [Int: [String: [Int64: Int64]]] = [:]
        var conflict: (input: Int, period: Int64, a: Int64, b: Int64)?
        for p in parsers {
            if conflict == nil, let c = p.tally.claimConflict { conflict = c }
            for (input, byCountry) in p.tally.periodClaims {
                for (country, claims) in byCountry {
                    let name = country == .max ? "" : p.aggregator.strings.string(country)
                    for (k, v) in claims {
                        if let old = merged[input]?[name]?[k] {
                            if old != v && conflict == nil { conflict = (input, k, old, v) }
                        } else {
                            merged[input, default: [:]][name, default: [:]][k] = v
                        }
                    }
                }
            }
        }
        guard let c = conflict else { return }
        let name = fileSummaries.first { $0.index == c.input }?.summary.name ?? "input \(c.input + 1)"
        let (pf, pl) = RowTally.unpack(c.period)
        func said(_ v: Int64) -> String {
            if v == RowTally.claimsNone { return "none" }
            let (a, b) = RowTally.unpack(v)
            if a == pf && b == pl { return "all of it (covered empty)" }
            return a == b ? "\(a) only" : "\(a) to \(b)"
        }
        throw .data("\(name): rows of the period \(pf) to \(pl) say different days covered (\(said(c.a)); \(said(c.b))): "
                    + "the file holds the rows of inputs covered differently (as `tally aggregate a.csv b.csv` writes them, "
                    + "each row its own covered), and read back one file is one dataset, so the less covered rows would be "
                    + "marked as covered by the others. Aggregate each input to a file of its own and give those files "
                    + "together (each is then its own dataset), or read the original inputs")
    }

    /// UCDP GED beside ACLED or HDX HAPI: two publishers' counts of one war. Each codes
    /// its own events from much the same reports, so where both hold records of one
    /// country on the same days their sum counts many deaths twice, a figure no one
    /// published (review30 S19: real UCDP Syria of March 2017 beside an ACLED export of
    /// it read 5,005 killed, exit 0). Refused, naming both files, the country and the
    /// days, unless `--overlap both` says the sum is wanted; other countries or other
    /// days of the two are read together as before (the refusal's text, nil when none). (ACLED beside HAPI is
    /// ``checkHAPIAgainstACLED()``: the same events whatever the country. Native files
    /// are a monitor's own and are not compared here.) `placeEnds`: each input's
    /// records by country, from which a HAPI file's days are taken.
    private func publishersMeet(placeEnds: [Int: [String: [Int32: Int32]]]) -> String? {
        guard request.overlap != .both, fileSummaries.count > 1 else { return nil }
        var spans: [Int: [String: ClosedRange<Int32>]] = [:]
        func widen(_ file: Int, _ name: String, _ r: ClosedRange<Int32>) {
            let old = spans[file]?[name]
            spans[file, default: [:]][name] = min(old?.lowerBound ?? r.lowerBound, r.lowerBound) ... max(old?.upperBound ?? r.upperBound, r.upperBound)
        }
        for p in parsers {
            for (file, byId) in p.tally.allPublishedSpans { for (id, r) in byId { widen(file, p.aggregator.strings.string(id), r) } }
        }
        let ucdp = "UCDP GED events", acled = "ACLED events", hapi = "HDX HAPI conflict events, ACLED's by month"
        var inputs: [(name: String, publisher: String, countries: [String: ClosedRange<Int32>])] = []
        for (i, s) in fileSummaries.sorted(by: { $0.index < $1.index }) {
            switch s.schema {
            case .ucdpGED: inputs.append((s.name, ucdp, spans[i] ?? [:]))
            case .acled: inputs.append((s.name, acled, spans[i] ?? [:]))
            case .hapiConflict:
                for (name, e) in placeEnds[i] ?? [:] {
                    if let a = e.keys.min(), let b = e.values.max() { widen(i, name, a ... max(a, b)) }
                }
                inputs.append((s.name, hapi, spans[i] ?? [:]))
            default: continue
            }
        }
        let shown = displayedCountries()
        for (x, a) in inputs.enumerated() {
            for b in inputs[(x + 1)...] where a.publisher != b.publisher && (a.publisher == ucdp || b.publisher == ucdp) {
                let met = a.countries.keys.sorted().compactMap { c -> (String, ClosedRange<Int32>)? in
                    guard let r = a.countries[c], let q = b.countries[c], r.overlaps(q) else { return nil }
                    return (c, max(r.lowerBound, q.lowerBound) ... min(r.upperBound, q.upperBound))
                }
                guard let (country, days) = met.first else { continue }
                func name(_ key: String) -> String { shown[parsers[0].aggregator.strings.intern(key)] ?? key }
                let (d0, d1) = (CalendarDay(daysSinceEpoch: days.lowerBound), CalendarDay(daysSinceEpoch: days.upperBound))
                let when = d0 == d1 ? "on \(d0)" : "from \(d0) to \(d1)"
                let more = met.count > 1 ? " (and \(met.count - 1) more countr\(met.count == 2 ? "y" : "ies"): \(met.dropFirst().prefix(3).map { name($0.0) }.joined(separator: ", "))\(met.count > 4 ? ", …" : ""))" : ""
                return ("\(a.name) (\(a.publisher)) and \(b.name) (\(b.publisher)) both count \(name(country)) \(when)\(more): "
                    + "two publishers' counts of the same conflict, coded from much the same reports, so adding them would count "
                    + "many deaths twice. Choose one source for those days: give one file alone, or cut them apart (--country, "
                    + "--from/--to, one run each); to add them knowingly, give --overlap both")
            }
        }
        return nil
    }

    /// A native file (a desk's records, often transcribed from the news) whose rows of a
    /// country fall on days a UCDP GED or ACLED export given with it counts too: added to
    /// the publisher's events, as asked, but an event both hold (the desk's copy of a
    /// report the publisher coded) counts twice, the reason UCDP beside ACLED is refused
    /// (review46 S9: one Bangladesh event of 2018-12-30 in both read 1,363 for 1,362,
    /// nothing said). Not refused (the desk's rows may be events the publisher lacks,
    /// the point of adding them): a note naming both files, the country and the days, and
    /// `--overlap both` to say both are meant (then no note). Nil when none meet.
    private func nativeBesidePublishers(placeEnds: [Int: [String: [Int32: Int32]]]) -> String? {
        guard request.overlap != .both, fileSummaries.count > 1 else { return nil }
        var published: [Int: [String: ClosedRange<Int32>]] = [:]
        for p in parsers {
            for (file, byId) in p.tally.allPublishedSpans {
                for (id, r) in byId {
                    let name = p.aggregator.strings.string(id), old = published[file]?[name]
                    published[file, default: [:]][name] = min(old?.lowerBound ?? r.lowerBound, r.lowerBound) ... max(old?.upperBound ?? r.upperBound, r.upperBound)
                }
            }
        }
        let sorted = fileSummaries.sorted { $0.index < $1.index }
        let publishers = sorted.filter { ($0.summary.schema == .ucdpGED || $0.summary.schema == .acled) && published[$0.index] != nil }
        guard !publishers.isEmpty else { return nil }
        let shown = displayedCountries()
        for (i, s) in sorted where s.schema == .native && !s.isTable {
            guard let byCountry = placeEnds[i] else { continue }
            for (j, pub) in publishers {
                // The country whose shared days come first, and those days (native rows
                // inside the publisher's first to last day of that country).
                var best: (country: String, first: Int32, last: Int32, rows: Int)? = nil
                var countries = 0
                for (country, ends) in byCountry {
                    guard let r = published[j]?[country] else { continue }
                    let inside = ends.filter { $0.key <= r.upperBound && max($0.key, $0.value) >= r.lowerBound }
                    guard let first = inside.keys.min() else { continue }
                    countries += 1
                    let last = inside.map { max($0.key, $0.value) }.max()!
                    if best == nil || (first, country) < (best!.first, best!.country) { best = (country, first, last, inside.count) }
                }
                guard let b = best else { continue }
                let name = shown[parsers[0].aggregator.strings.intern(b.country)] ?? b.country
                let (d0, d1) = (CalendarDay(daysSinceEpoch: b.first), CalendarDay(daysSinceEpoch: min(b.last, published[j]![b.country]!.upperBound)))
                let when = d0 >= d1 ? "on \(d0)" : "from \(d0) to \(d1)"
                let publisher = pub.schema == .acled ? "ACLED events" : "UCDP GED events"
                return "\(s.name) (native records) has rows of \(name) \(when)\(countries > 1 ? " (and \(countries - 1) more countr\(countries == 2 ? "y" : "ies"))" : ""), "
                    + "days \(pub.name) (\(publisher)) counts too: they are added to the publisher's events; if the native rows transcribe "
                    + "the same reports (a desk's copy of the news), those events are counted twice (the reason UCDP GED beside ACLED is "
                    + "refused): give one source for those days (--country, --from/--to, one run each); if they are other events, give "
                    + "--overlap both to say both are meant"
            }
        }
        return nil
    }

    private func checkHAPIAgainstACLED() throws(TallyError) {
        let hapi = fileSummaries.filter { $0.summary.hapi != nil && !($0.summary.hapi!.months.isEmpty) }
        guard !hapi.isEmpty else { return }
        var spans: [Int: ClosedRange<Int32>] = [:]
        for p in parsers {
            for (i, r) in p.tally.allACLEDSpans {
                let old = spans[i] ?? r
                spans[i] = min(old.lowerBound, r.lowerBound) ... max(old.upperBound, r.upperBound)
            }
        }
        for (index, summary) in fileSummaries.sorted(by: { $0.index < $1.index }) where summary.schema == .acled {
            guard let span = spans[index] else { continue }
            for (_, h) in hapi.sorted(by: { $0.index < $1.index }) {
                let first = CalendarDay(daysSinceEpoch: span.lowerBound), last = CalendarDay(daysSinceEpoch: span.upperBound)
                let shared = h.hapi!.months.filter { m in
                    let (y, mo, _) = m.components
                    let next = mo == 12 ? CalendarDay(year: y + 1, month: 1, day: 1) : CalendarDay(year: y, month: mo + 1, day: 1)
                    return m <= last && (next ?? m) > first
                }
                guard let month = shared.first else { continue }
                func label(_ d: CalendarDay) -> String { String(d.description.prefix(7)) }
                let months = shared.count == 1 ? label(month) : "\(label(month)) to \(label(shared.last!)) (\(shared.count) months)"
                throw .data("\(summary.name) (ACLED events, \(first) to \(last)) and \(h.name) (HDX HAPI conflict events) both cover \(months): "
                            + "HAPI's conflict-event figures are ACLED's events counted by month, so adding the two would count the same "
                            + "events twice. Choose one: give the ACLED export alone, or the HAPI file alone (for other months or "
                            + "countries, run them separately)")
            }
        }
    }

    /// A `--measure` that names no measure of the data is a usage error listing the
    /// measures there are (a cron job would otherwise publish an empty table).
    private func checkMeasures(_ files: [FileSummary]) throws(TallyError) {
        let requested = request.filter.measures
        guard !requested.isEmpty else { return }
        var seen = Set<String>()
        for p in parsers { seen.formUnion(p.measuresSeen) }
        let schemas = Set(files.map(\.schema))
        for typed in requested {
            // Measure names are compared as users cannot see them differ (case, spaces).
            let m = KeyKind.measure.canonical(typed)
            if seen.contains(m) { continue }
            if schemas.contains(where: { seen.contains(Schema.canonicalMeasure(m, in: $0)) }) { continue }
            let present = seen.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            throw .usage("\(request.optionNames.measure) \(MessageText.excerpt(typed)): no such measure in the data; the measures present are: "
                + (present.isEmpty ? "none (no rows were read)" : MessageText.list(present)))
        }
    }

    /// `seen`: the measures of every row read (``IngestOutcome/measuresSeen``).
    private func measureNotes(_ files: [FileSummary], seen: Set<String>) -> [String] {
        var out: [String] = []
        for m in request.filter.measures {
            for schema in Set(files.map(\.schema)).sorted(by: { $0.rawValue < $1.rawValue }) {
                let c = Schema.canonicalMeasure(m, in: schema)
                if c != m { out.append("\(request.optionNames.measure) \(m): read as '\(c)' in the \(schema.rawValue) files (\(schema.rawValue)'s \(m) is tally's \(c))") }
            }
        }
        // Rows of a measure that may count the same people under another name (`deaths`
        // beside `killed`) are left out of the one asked for: said, never added.
        let asked = Set(request.filter.measures.flatMap { typed in
            let m = KeyKind.measure.canonical(typed)
            return [m] + files.map { Schema.canonicalMeasure(m, in: $0.schema) }
        })
        for m in request.filter.measures {
            let others = MeasureFamilies.alike(KeyKind.measure.canonical(m), among: seen)
                .filter { !asked.contains($0) }
            guard !others.isEmpty else { continue }
            let named = others.map { "'\($0)'" }
            let list = named.count == 1 ? named[0] : named.dropLast().joined(separator: ", ") + " and " + named.last!
            out.append("\(request.optionNames.measure) \(m): the data also has rows of \(list), which may count the same "
                + "people under another name; they are not in these figures (tally never adds two measures): `tally info` "
                + "shows each one's total; make the names one in the data to count them together")
        }
        return out
    }

    private func mergedSources() -> [String] {
        var counts = [String: Int]()
        for p in parsers {
            for id in 0 ..< p.sources.count { counts[p.sources.string(UInt32(id)), default: 0] += p.sourceCounts[id] }
        }
        return counts.sorted { a, b in
            a.value != b.value ? a.value > b.value : Array(a.key.utf8).lexicographicallyPrecedes(Array(b.key.utf8))
        }.map(\.key)
    }
}
