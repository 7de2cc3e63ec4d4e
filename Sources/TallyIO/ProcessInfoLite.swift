#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The processors online, from `sysconf`: how many worker threads a run starts (at
/// most 8, ``Ingest``). Foundation's `ProcessInfo` would do, but the ingest path keeps
/// to the C library.
enum ProcessInfoLite {
    static var activeProcessorCount: Int {
        let n = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        return n > 0 ? n : 1
    }
}
