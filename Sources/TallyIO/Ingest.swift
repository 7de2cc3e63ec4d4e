#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TallyCore

/// Streams CSV files through parallel parsers into one aggregate.
///
/// The calling thread reads each file in large blocks cut at record boundaries
/// (tracking quotes, so a line break inside a quoted field never splits a record),
/// and worker threads parse and aggregate whole blocks. Memory is a few blocks plus
/// the aggregate cells, whatever the file size; the merged result equals a
/// single-threaded run because every aggregation step is commutative.
public enum Ingest {
    public static func run(_ request: IngestRequest) throws(TallyError) -> IngestOutcome {
        do {
            return try runOnce(request)
        } catch let e where e.message.contains(BlockParser.stockTableFlowsHint) {
            throw stockTableRefusal(e, request)
        }
    }

    /// A stock table's refusal read at another period than its own, its hint on the
    /// table's flows made true: one of the flow measures the inputs hold, read once more
    /// at every period (as `info` reads them), is named (`killed` when there is one), or
    /// the hint is left out when they hold none (review41 N1). The refusal path only.
    static func stockTableRefusal(_ e: TallyError, _ request: IngestRequest) -> TallyError {
        var again = request
        again.stockTablesAtAnyPeriod = true
        again.config.period = .all
        let flows = Set(((try? runOnce(again))?.result.rows ?? []).filter { $0.kind == .flow }.map(\.measure)).sorted()
        let hint = BlockParser.stockTableFlowsHint
        guard let at = e.message.firstRange(of: hint) else { return e }
        guard let name = flows.contains("killed") ? "killed" : flows.first else {
            // The clause runs from the hint to the end (" read by year").
            return TallyError(exitCode: e.exitCode, message: String(e.message[..<at.lowerBound]))
        }
        var message = e.message
        message.replaceSubrange(at, with: hint.replacing("\u{1}", with: name))
        return TallyError(exitCode: e.exitCode, message: message)
    }

    private static func runOnce(_ request: IngestRequest) throws(TallyError) -> IngestOutcome {
        // The second reading starts only once the first has returned and freed its
        // blocks and tables: a record of 16 MiB read twice at once would double the peak.
        // One input that is a stream (standard input, a pipe, a FIFO) is read the same
        // way: a copy, or a seek back, lets it be read again with the table.
        let replay = try replayableStream(request)
        if let outcome = try read(request, tableOfIds: false, replay: replay) { return outcome }
        return try run(request, tableOfIds: true, replay: replay)
    }

    static func run(_ request: IngestRequest, tableOfIds: Bool, replay: StreamReplay? = nil) throws(TallyError) -> IngestOutcome {
        guard let outcome = try read(request, tableOfIds: tableOfIds, replay: replay) else {
            preconditionFailure("a reading with the table of ids is never read again")
        }
        return outcome
    }

    /// One reading of the inputs. One regular file is first read checking that its ids
    /// rise (``IdOrder``), which needs no memory per id; if they do not (whether or not
    /// the reading also failed), it is read again with the table of ids (`tableOfIds`),
    /// which finds a repeated id wherever it is and gives the messages it always gives.
    /// Nil when the file must be read again with the table.
    /// The one input when it is a stream that can be made to read twice; nil otherwise
    /// (several inputs use the table anyway; a regular file is opened again).
    private static func replayableStream(_ request: IngestRequest) throws(TallyError) -> StreamReplay? {
        guard request.deduplicate != true else { return nil }
        let files = distinctFiles(request.files, readAs: { request.perFile[$0] }).files.map { request.files[$0] }
        guard files.count == 1, files[0] == "-" || !isRegularFile(files[0]) else { return nil }
        var st = stat()
        if files[0] != "-" && stat(files[0], &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR { return nil }
        return try StreamReplay.make(path: files[0])
    }

    private static func read(_ request: IngestRequest, tableOfIds: Bool, replay: StreamReplay? = nil) throws(TallyError) -> IngestOutcome? {
        if request.files.isEmpty { throw .usage("no input files given (use - for standard input)") }
        if request.files.filter({ $0 == "-" }).count > 1 { throw .usage("standard input (-) can be read only once") }
        let (kept, duplicates) = distinctFiles(request.files, readAs: { request.perFile[$0] })
        let files = kept.map { request.files[$0] }
        // Check every file first, so a missing second file fails before any work, but
        // open each only when its turn comes and close it after: a run over thousands
        // of files must not hold thousands of descriptors (the usual limit is 1,024).
        // A pipe, FIFO or terminal named twice (`- /dev/stdin`) would be drained by its
        // first reading and then look like an empty file.
        var streams: [FileIdentity: String] = [:]
        for path in files {
            guard let id = FileIdentity(path: path), !id.isRegularFile else { continue }
            var st = stat()
            if path != "-" && stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR { continue }
            if let first = streams[id] {
                throw .usage("\(path == "-" ? "- (standard input)" : path) is the same pipe or device as "
                             + "\(first == "-" ? "- (standard input)" : first), which can be read only once; name it once")
            }
            streams[id] = path
        }
        for path in files where path != "-" {
            var st = stat()
            guard stat(path, &st) == 0 else { throw .noInput("\(path): cannot open (\(errnoText()))") }
            if (st.st_mode & S_IFMT) == S_IFDIR { throw .noInput("\(path): is a directory, expected a CSV file") }
            guard access(path, R_OK) == 0 else { throw .noInput("\(path): cannot open (\(errnoText()))") }
        }
        let workerCount = max(1, request.workers ?? min(8, ProcessInfoLite.activeProcessorCount))
        // An event read from several files is counted once, with the figures of the
        // file given last: files are read last first, and each file's ids are known
        // before the file given before it is read.
        let deduplicate = request.deduplicate ?? (files.count > 1)
        let checksIdOrder = !tableOfIds && files.count == 1
            && (replay != nil || (files[0] != "-" && isRegularFile(files[0])))
        let pipeline = Pipeline(request: request, workers: workerCount, deduplicate: deduplicate,
                                checksIdOrder: checksIdOrder)
        let order = deduplicate ? Array(files.indices.reversed()) : Array(files.indices)
        // A regular file rewritten while read, or since an earlier pass of the run read it
        // (``InputStamp``): this refusal wins over any error its mixed bytes gave.
        var changed: TallyError?
        for k in order {
            let path = files[k]
            // Its place among the files as given (not among those kept): messages, the
            // dataset it is part of and a report's per-dataset settings go by it
            // (review16 #10: with n.csv n2.csv ncrlf.csv, n2.csv a byte copy of n.csv left
            // out, ncrlf.csv was named n2.csv).
            let index = kept[k]
            pipeline.feedsLastInput = k == order.last
            do throws(TallyError) {
                if let replay, files.count == 1 {
                    let source = tableOfIds ? try replay.replaying() : replay.recording()
                    try pipeline.feed(fd: replay.fd, path: path == "-" ? nil : path, name: replay.name, index: index, raw: source)
                } else if path == "-" {
                    try pipeline.feed(fd: 0, path: nil, name: "<stdin>", index: index)
                } else {
                    // A FIFO nobody writes to is refused after a bounded wait, never waited on forever.
                    let fd = try InputFile.openForReading(path)
                    defer { close(fd) }
                    var st = stat()
                    if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
                        throw .noInput("\(path): is a directory, expected a CSV file")
                    }
                    opens += 1
                    testStop(at: "input-opened")
                    let stamp = InputStamp(fd: fd)
                    if let stamp, let identities = request.identities {
                        do throws(TallyError) { try identities.check(path, stamp) } catch { changed = error }
                    }
                    if changed == nil {
                        testStop(at: "input-stamped")
                        do throws(TallyError) {
                            try pipeline.feed(fd: fd, path: path, name: path, index: index)
                        } catch {
                            if let stamp, InputStamp(fd: fd).map({ $0.differs(from: stamp) }) ?? true { changed = InputStamp.changedWhileRead(path) }
                            throw error
                        }
                        if let stamp, InputStamp(fd: fd).map({ $0.differs(from: stamp) }) ?? true { changed = InputStamp.changedWhileRead(path) }
                    }
                }
            } catch {
                // Not thrown from here: an earlier file's bad row, still being parsed,
                // must win over this file's error, and the workers must be joined.
                pipeline.fail(error)
            }
            if changed != nil { break }
            // Read last first, an input given earlier may still hold an earlier error.
            if deduplicate ? pipeline.hasFailed(atOrBefore: 0) : pipeline.hasFailed { break }
            // Between inputs the workers finish, so the ids of one input are known
            // before the next (and a repeat within one input is told from one across two).
            pipeline.barrier()
        }
        if let changed {
            _ = try? pipeline.finish() // joins the workers
            throw changed
        }
        var outcome: IngestOutcome
        do throws(TallyError) {
            outcome = try pipeline.finish()
        } catch {
            // Ids that rose up to the error cannot hide a repeat before it: the error is
            // the one the table would give. Else read again with the table.
            if checksIdOrder && !pipeline.idsRoseThroughout() { return nil }
            throw error
        }
        if checksIdOrder && !pipeline.idsRoseThroughout() { return nil }
        outcome.duplicateFiles = duplicates
        outcome.readWithIdTable = !checksIdOrder
        return outcome
    }

    /// Opens counted for ``testStop(at:)``.
    nonisolated(unsafe) private static var opens = 0

    /// For tests only, and only in a debug build: `TALLY_TEST_STOP_AT=input-opened:N`
    /// stops the run (SIGSTOP) once the N-th regular input of the process is open, before
    /// its stamp is taken, and `input-stamped:N` once it is taken, before it is read,
    /// until a SIGCONT; a test rewrites the file meanwhile. A release build holds neither
    /// the hook nor the variable's name.
    @inline(__always)
    private static func testStop(at point: String) {
        #if DEBUG
        if let p = getenv("TALLY_TEST_STOP_AT"), String(cString: p) == "\(point):\(opens)" { kill(getpid(), SIGSTOP) }
        #endif
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }
}
