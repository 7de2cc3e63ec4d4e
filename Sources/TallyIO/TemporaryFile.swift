#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
// glibc declares mkostemp only under _GNU_SOURCE, which Swift's Glibc module does not set.
@_silgen_name("mkostemp") private func c_mkostemp(_ template: UnsafeMutablePointer<CChar>, _ flags: Int32) -> Int32
#endif

/// `mkstemp` with the descriptor close-on-exec from its first instant: set afterwards
/// with `fcntl`, a process another thread spawns in between inherits it and holds its
/// `flock` for its whole life, so a commit manifest or temporary file reads as "another
/// run is writing here" (SetCommitTests found 0 notes where 1 was due, now and then,
/// while other tests ran `tally` as a child process). `template` ends in `XXXXXX` and a
/// NUL, as for `mkstemp`; the name made is written into it. -1 and `errno` on failure.
public func makeTemporaryFile(_ template: UnsafeMutablePointer<CChar>) -> Int32 {
    #if canImport(Glibc)
    return c_mkostemp(template, O_CLOEXEC)
    #else
    return mkostemp(template, O_CLOEXEC)
    #endif
}
