#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What says a regular input file is the one read: device, inode, size and the times of
/// its last change of content and of inode, to the nanosecond.
///
/// A file rewritten in place while tally reads it (`cp` over it, a download or an
/// editor's save landing during a cron run) gave a table of neither version with exit 0,
/// and a report that reads its datasets several times wrote a PDF and a CSV of two
/// versions (review46 S2, S3). Each regular input is stamped when opened and again when
/// its reading ends; a stamp that differs refuses the run (74) naming the file. A rename
/// over the file (`mv`) leaves the open descriptor on the old file, whole: its stamp is
/// unchanged and the reading stands.
struct InputStamp {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: Int64
    var changed: Int64
    var links: UInt64

    /// Whether `other` is not this file as it was. The inode's change time moves also
    /// when the file is renamed over or removed (its link count changes), which leaves
    /// the bytes read whole: then only content and identity are compared. Otherwise it
    /// catches a rewrite that put the old modification time back (`cp -p`, `rsync`).
    func differs(from other: InputStamp) -> Bool {
        device != other.device || inode != other.inode || size != other.size || modified != other.modified
            || (links == other.links && changed != other.changed)
    }

    /// The stamp of the open descriptor `fd`; nil when it is not a regular file (a pipe
    /// is read once) or cannot be stated.
    init?(fd: Int32) {
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        self.init(st)
    }

    init(_ st: stat) {
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
        size = Int64(st.st_size)
        links = UInt64(st.st_nlink)
        #if canImport(Darwin)
        modified = Int64(st.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(st.st_mtimespec.tv_nsec)
        changed = Int64(st.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(st.st_ctimespec.tv_nsec)
        #else
        modified = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        changed = Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec)
        #endif
    }

    /// The refusal of a file whose stamp changed while it was read.
    static func changedWhileRead(_ path: String) -> TallyError {
        .io("\(path): changed while tally read it (its size, modification time or inode moved: a copy, download or "
            + "save landed during the run), so what was read is of neither version; nothing written. Run again once "
            + "the file is whole (write it under another name and rename it over, which tally reads safely)")
    }

    /// The refusal of a file that is not the one an earlier pass of the same run read.
    static func changedBetweenPasses(_ path: String) -> TallyError {
        .io("\(path): changed since tally first read it in this run (its size, modification time or inode moved), "
            + "so the run's passes would read two versions (a brief's PDF and CSV of different data); nothing written. "
            + "Run again once the file is whole (write it under another name and rename it over after the run)")
    }
}

/// The stamps of the files one run has read (``InputStamp``), for a run that reads its
/// inputs in several passes (a report: the history, the period, the stocks; a chart's
/// months, then its bars): every pass must read the file the first one read.
///
/// Shared by the passes' requests (a class); a run without it checks each reading
/// alone.
public final class InputIdentities: @unchecked Sendable, Equatable {
    private var stamps: [String: InputStamp] = [:]
    private let lock = Lock()

    public init() {}

    /// Forgets every stamp: a new run over the same spec (a brief per period, a test that
    /// rewrites a dataset between two loads) starts from the files as they are then.
    public func reset() { lock.locked { stamps = [:] } }

    /// Refuses `stamp` when an earlier pass read another `path`; records it otherwise.
    func check(_ path: String, _ stamp: InputStamp) throws(TallyError) {
        let first: InputStamp? = lock.locked {
            if let s = stamps[path] { return s }
            stamps[path] = stamp
            return nil
        }
        if let first, first.differs(from: stamp) { throw InputStamp.changedBetweenPasses(path) }
    }

    /// Every run's stamps are alike for comparing specs and requests: they hold what was
    /// read, not what was asked.
    public static func == (a: InputIdentities, b: InputIdentities) -> Bool { true }
}
