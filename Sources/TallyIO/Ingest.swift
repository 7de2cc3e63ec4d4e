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
        if request.files.isEmpty { throw .usage("no input files given (use - for standard input)") }
        if request.files.filter({ $0 == "-" }).count > 1 { throw .usage("standard input (-) can be read only once") }
        // Open everything first: a missing second file must fail before any work.
        var inputs: [(name: String, fd: Int32)] = []
        defer { for i in inputs where i.fd > 0 { close(i.fd) } }
        for path in request.files {
            if path == "-" { inputs.append(("<stdin>", 0)); continue }
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { throw .noInput("\(path): cannot open (\(errnoText()))") }
            var st = stat()
            if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
                close(fd)
                throw .noInput("\(path): is a directory, expected a CSV file")
            }
            inputs.append((path, fd))
        }
        let workerCount = max(1, request.workers ?? min(8, ProcessInfoLite.activeProcessorCount))
        let pipeline = Pipeline(request: request, workers: workerCount)
        for input in inputs {
            do {
                try pipeline.feed(fd: input.fd, name: input.name)
            } catch {
                // Not thrown from here: an earlier file's bad row, still being parsed,
                // must win over this file's error, and the workers must be joined.
                pipeline.fail(error)
            }
            if pipeline.hasFailed { break }
        }
        return try pipeline.finish()
    }
}

enum ProcessInfoLite {
    static var activeProcessorCount: Int {
        let n = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        return n > 0 ? n : 1
    }
}
