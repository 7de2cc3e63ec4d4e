#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import TallyCore

/// Reader → workers hand-off with a bounded number of blocks in flight.
final class Pipeline: @unchecked Sendable {
    let request: IngestRequest
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
    private var firstError: (sequence: Int, failure: Failure)?
    private var fileSummaries: [FileSummary] = []

    enum Failure {
        /// A bad record; its absolute line is known once earlier blocks are counted.
        case record(BlockError, FileContext)
        /// An error that already carries its whole message.
        case file(TallyError)
    }

    /// The longest record read before giving up: a quoted field left open would
    /// otherwise pull the rest of the file into memory looking for its end.
    static let maximumRecordBytes = 64 << 20

    init(request: IngestRequest, workers: Int) {
        self.request = request
        parsers = (0 ..< workers).map { _ in
            BlockParser(config: request.config, filter: request.filter, collectSources: request.collectSources,
                        repairRanges: request.repairRanges)
        }
        freeSlots = DispatchSemaphore(value: workers * 2)
        threads = parsers.map { p in WorkerThread { [self] in self.work(p) } }
    }

    var hasFailed: Bool { lock.locked { firstError != nil } }

    /// Records a failure at `sequence` unless an earlier one is known.
    private func record(_ failure: Failure, at sequence: Int) {
        lock.locked {
            if firstError == nil || firstError!.sequence > sequence { firstError = (sequence, failure) }
        }
    }

    /// Records an error of the file being fed, placed after every block handed out so far.
    func fail(_ error: TallyError) {
        record(.file(error), at: lock.locked { sequence })
    }

    private func acquireBlock(minimum: Int) -> Block {
        freeSlots.wait()
        return lock.locked {
            if let i = free.lastIndex(where: { $0.capacity >= minimum }) { return free.remove(at: i) }
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
            let skip = lock.locked { firstError.map { $0.sequence < b.sequence } ?? false }
            if !skip {
                let problem = firstTextProblem(b.memory + b.start, b.count - b.start).map {
                    TextProblem(offset: $0.offset + b.start, kind: $0.kind)
                }
                do {
                    let lines = try parser.parse(b.memory, start: b.start, end: b.count, layout: file.layout,
                                                 textProblem: problem)
                    lock.locked { blockLines[b.sequence] = lines }
                } catch {
                    record(.record(error, file), at: b.sequence)
                }
            }
            lock.locked {
                b.file = nil
                free.append(b)
            }
            freeSlots.signal()
        }
    }

    /// Reads one file to its end, handing complete blocks to the workers.
    func feed(fd: Int32, name: String) throws(TallyError) {
        var reader = BlockReader(fd: fd, name: name, blockSize: request.blockSize)
        var context: FileContext?
        var carry: [UInt8] = []
        while true {
            if hasFailed { return }
            if carry.count > Pipeline.maximumRecordBytes {
                let message = "a record longer than 64 MiB starts here; is a quoted field left open?"
                if let context {
                    record(.record(BlockError(lineInBlock: 0, message: message), context), at: lock.locked { sequence })
                    return
                }
                throw .data("\(name):1: the header is longer than 64 MiB; is this a CSV file?")
            }
            let block = acquireBlock(minimum: max(request.blockSize, carry.count * 2))
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
                    throw .data("\(name): empty file; expected a header row (SPEC §2)")
                }
                do {
                    context = try header(block, name: name)
                } catch {
                    release(block)
                    throw error
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
            if block.start >= block.count {
                release(block)
            } else {
                submit(block)
            }
            if atEOF {
                if let c = context {
                    fileSummaries.append(FileSummary(name: name, schema: c.layout.schema, skippedTagRow: c.skippedTagRow))
                }
                return
            }
        }
    }

    /// The end of the record at `start` when it is an HXL hashtag row (HDX puts one
    /// under the header: `#date+year,#adm1+name,…`): every non-empty field starts with
    /// `#`, and at least one is non-empty. No data row of any schema looks like that,
    /// since dates and countries never start with `#`.
    private func tagRowEnd(_ b: Block, from start: Int) -> Int? {
        let capacity = 4096
        let spans = UnsafeMutablePointer<FieldSpan>.allocate(capacity: capacity)
        defer { spans.deallocate() }
        var scanner = CSVScanner(base: b.memory, start: start, end: b.count)
        guard case let .record(n) = scanner.next(into: spans, capacity: capacity) else { return nil }
        var tagged = 0
        for i in 0 ..< min(n, capacity) where spans[i].count > 0 {
            var k = spans[i].start
            while k < spans[i].start + spans[i].count && b.memory[k] == 0x20 { k += 1 }
            guard b.memory[k] == 0x23 else { return nil }
            tagged += 1
        }
        return tagged > 0 ? scanner.position : nil
    }

    private func release(_ b: Block) {
        lock.locked { b.file = nil; free.append(b) }
        freeSlots.signal()
    }

    /// Parses the header record at the start of a file's first block.
    private func header(_ b: Block, name: String) throws(TallyError) -> FileContext {
        if b.count >= 2 && ((b.memory[0] == 0xFF && b.memory[1] == 0xFE) || (b.memory[0] == 0xFE && b.memory[1] == 0xFF)) {
            throw .data("\(name):1: the file is UTF-16 text; re-export it as UTF-8 (\"CSV UTF-8\")")
        }
        var start = 0
        if b.count >= 3 && b.memory[0] == 0xEF && b.memory[1] == 0xBB && b.memory[2] == 0xBF { start = 3 }
        // Find the end of the header line (headers with quoted line breaks are not
        // worth supporting; a header is a single line).
        var end = start
        while end < b.count && b.memory[end] != 0x0A { end += 1 }
        // Classic Mac line ends (Excel's "CSV (Macintosh)"): lone CRs, so the whole
        // file looks like one line.
        if let cr = (start ..< end).first(where: { b.memory[$0] == 0x0D }), cr + 1 < end {
            throw .data("\(name):1: lines end with a lone CR (classic Mac); re-save the file as \"CSV UTF-8\" or convert its line ends to LF")
        }
        if let problem = firstTextProblem(b.memory + start, end - start) {
            // Like git, call a file binary when its first few kilobytes hold a NUL byte.
            let binary = problem.kind == .nulByte || memchr(b.memory, 0, min(b.count, 8000)) != nil
            throw .data(binary
                ? "\(name):1: NUL byte: this is not a text CSV file"
                : "\(name):1: invalid UTF-8 in the header (the file must be UTF-8 text)")
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
            case let .malformed(p, _): throw .data("\(name):1: header: \(p.message)")
            case .endOfBlock: throw .data("\(name): empty file; expected a header row (SPEC §2)")
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
        let layout = try RowLayout(header: names.map(\.trimmingSpaces), file: name,
                                   extraColumns: request.config.grouping.extraColumns, schema: request.schema)
        b.start = scanner.position
        return FileContext(name: name, layout: layout, headerLines: 1)
    }

    /// Waits for the workers, then merges their aggregates or reports the first error
    /// in file order.
    func finish() throws(TallyError) -> IngestOutcome {
        for _ in parsers { submit(Block(capacity: 0)) }
        for t in threads { t.join() }
        switch firstError {
        case let (seq, .record(err, file))?:
            // Absolute line: lines of earlier blocks of the same file, plus the header.
            var line = file.headerLines + err.lineInBlock + 1
            for s in 0 ..< seq where blockFiles[s] === file { line += blockLines[s] }
            throw .data("\(file.name):\(line): \(err.message)")
        case let (_, .file(error))?:
            throw error
        case nil:
            break
        }
        let first = parsers[0]
        do {
            for p in parsers.dropFirst() {
                try first.aggregator.merge(p.aggregator)
                first.incidents.merge(p.incidents)
            }
            var outcome = IngestOutcome(result: AggregateResult(grouping: request.config.grouping,
                                                                period: request.config.period, rows: []),
                                        rowsRead: parsers.reduce(0) { $0 + $1.rows }, sources: mergedSources())
            outcome.files = fileSummaries
            for p in parsers {
                outcome.datePrecisions.add(p.precisions)
                outcome.rangeQuirks.add(p.rangeQuirks)
                outcome.incidents.reports += p.incidentRows
                if p.rows > 0 {
                    outcome.firstDay = min(outcome.firstDay ?? p.firstDay, p.firstDay)
                    outcome.lastDay = max(outcome.lastDay ?? p.lastDay, p.lastDay)
                }
            }
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
            outcome.result = try first.aggregator.result()
            return outcome
        } catch {
            throw .data(error.description)
        }
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
