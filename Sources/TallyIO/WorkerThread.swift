#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A thread of its own for a pipeline worker, joined when the pipeline finishes.
///
/// Workers block on semaphores while they wait for blocks; on the shared Dispatch pool
/// a worker left waiting (a caller that stops early) would hold a pool thread for the
/// rest of the process, so each ingest starts and joins its own threads.
final class WorkerThread {
    private var thread: pthread_t?

    init(_ body: @escaping @Sendable () -> Void) {
        final class Box: @unchecked Sendable {
            let body: @Sendable () -> Void
            init(_ body: @escaping @Sendable () -> Void) { self.body = body }
        }
        let box = Unmanaged.passRetained(Box(body)).toOpaque()
        var t = pthread_t()
        let rc = pthread_create(&t, nil, { arg in
            let box = Unmanaged<Box>.fromOpaque(arg!).takeRetainedValue()
            box.body()
            return nil
        }, box)
        precondition(rc == 0, "cannot start a worker thread (pthread_create: \(rc))")
        thread = t
    }

    func join() {
        if let t = thread { pthread_join(t, nil) }
        thread = nil
    }
}

/// A mutex around POSIX threads' own, to keep the hot path free of Foundation.
final class Lock: @unchecked Sendable {
    private var m = pthread_mutex_t()
    init() { pthread_mutex_init(&m, nil) }
    deinit { pthread_mutex_destroy(&m) }
    func locked<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(&m)
        defer { pthread_mutex_unlock(&m) }
        return try body()
    }
}
