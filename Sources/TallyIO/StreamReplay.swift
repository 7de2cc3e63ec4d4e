#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lets the one input of a run that is a stream (standard input, a pipe, a FIFO) be
/// read a second time, so that it too is first read without a table of its ids
/// (``IdOrder``) and memory stays bounded by the output, as for a file given by path.
///
/// Standard input redirected from a regular file (`- < in.csv`) is read again by
/// seeking back. A pipe or FIFO is copied, as it is read, into a temporary file that is
/// unlinked at once (in `TMPDIR`, else `/tmp`): disk space the size of the input, no
/// memory. If the ids rise throughout the copy is never read and is gone at exit; if
/// they do not, the second reading takes the copy and then whatever the stream still
/// holds. When no temporary file can be made (no writable temporary folder) the input is
/// read once with the table, as before; when writing the copy fails part way (a full
/// disk), only an input whose ids do not rise is refused (74), saying what to do: a
/// figure never depends on whether the copy could be made.
final class StreamReplay {
    /// The input's descriptor: 0 for standard input, else the opened FIFO (owned here).
    let fd: Int32
    private let ownsFD: Bool
    let name: String
    /// Standard input that is a regular file: where it started.
    private let startOffset: off_t?
    /// The copy of what the first reading took from a pipe; -1 when there is none.
    private var copy: Int32 = -1
    /// Why the copy is incomplete (it could not be made or written), for the refusal.
    private var copyLost: String?
    private var recorded = false

    /// `path` is "-" for standard input or the path of a FIFO or character device.
    /// Nil when the input is a regular file given by path (read again by opening it).
    static func make(path: String) throws(TallyError) -> StreamReplay? {
        if path == "-" {
            var st = stat()
            guard fstat(0, &st) == 0 else { return nil }
            if (st.st_mode & S_IFMT) == S_IFREG {
                let at = lseek(0, 0, SEEK_CUR)
                return at >= 0 ? StreamReplay(fd: 0, owns: false, name: "<stdin>", start: at) : nil
            }
            let copy = temporaryFile()
            return copy < 0 ? nil : StreamReplay(fd: 0, owns: false, name: "<stdin>", start: nil, copy: copy)
        }
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        let kind = st.st_mode & S_IFMT
        guard kind == S_IFIFO || kind == S_IFCHR || kind == S_IFSOCK else { return nil }
        // The copy first: a FIFO once opened must not be closed unread (its writer's
        // bytes would be lost); without a copy it is read once with the table.
        let copy = temporaryFile()
        guard copy >= 0 else { return nil }
        let fd: Int32
        do { fd = try InputFile.openForReading(path) } catch { close(copy); throw error }
        var fst = stat()
        if fstat(fd, &fst) == 0 && (fst.st_mode & S_IFMT) == S_IFREG {
            // `/dev/stdin` naming a redirected file: read it again by seeking.
            let at = lseek(fd, 0, SEEK_CUR)
            if at >= 0 { close(copy); return StreamReplay(fd: fd, owns: true, name: path, start: at) }
        }
        return StreamReplay(fd: fd, owns: true, name: path, start: nil, copy: copy)
    }

    private init(fd: Int32, owns: Bool, name: String, start: off_t?, copy: Int32 = -1) {
        self.fd = fd
        ownsFD = owns
        self.name = name
        startOffset = start
        self.copy = copy
    }

    deinit {
        if copy >= 0 { close(copy) }
        if ownsFD { close(fd) }
    }

    /// The source for the first reading: the stream, copied as it is read.
    func recording() -> ByteSource {
        recorded = true
        let raw = FileDescriptorSource(fd: fd, name: name)
        if startOffset != nil { return raw }
        return CopyingSource(inner: raw, replay: self)
    }

    /// The source for the second reading: the whole input again, from its start.
    func replaying() throws(TallyError) -> ByteSource {
        precondition(recorded, "a stream is replayed only after it was recorded")
        if let startOffset {
            guard lseek(fd, startOffset, SEEK_SET) == startOffset else {
                throw .io("\(name): cannot be read a second time (\(errnoText())); give the file by name")
            }
            return FileDescriptorSource(fd: fd, name: name)
        }
        if let copyLost {
            throw .io("\(name): its ids do not rise, so it must be read a second time with a table of every id, "
                      + "but its copy in the temporary folder failed: \(copyLost). "
                      + "Save the input to a file and give its name, or set TMPDIR to a folder with room")
        }
        guard lseek(copy, 0, SEEK_SET) == 0 else {
            throw .io("\(name): cannot read its temporary copy (\(errnoText())); save the input to a file and give its name")
        }
        let fromCopy = FileDescriptorSource(fd: copy, name: name)
        return ChainedSource(first: fromCopy, then: FileDescriptorSource(fd: fd, name: name))
    }

    fileprivate func keep(_ p: UnsafePointer<UInt8>, _ n: Int) {
        guard copy >= 0, copyLost == nil else { return }
        var done = 0
        while done < n {
            let k = write(copy, p + done, n - done)
            if k < 0 && errno == EINTR { continue }
            if k <= 0 {
                copyLost = "writing it failed (\(errnoText()))"
                close(copy)
                copy = -1
                return
            }
            done += k
        }
    }

    /// An unlinked temporary file, open for reading and writing; -1 when none can be made.
    private static func temporaryFile() -> Int32 {
        var dir = "/tmp"
        if let t = getenv("TMPDIR"), t.pointee != 0 { dir = String(cString: t) }
        var template = Array((dir + "/tally-stdin-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { makeTemporaryFile($0.baseAddress!) }
        guard fd >= 0 else { return -1 }
        let path = String(cString: template)
        unlink(path)
        return fd
    }
}

/// A stream whose bytes are also written to a ``StreamReplay``'s copy.
private final class CopyingSource: ByteSource {
    let inner: ByteSource
    unowned let replay: StreamReplay

    init(inner: ByteSource, replay: StreamReplay) {
        self.inner = inner
        self.replay = replay
    }

    func read(into p: UnsafeMutablePointer<UInt8>, capacity: Int) throws(TallyError) -> Int {
        let n = try inner.read(into: p, capacity: capacity)
        if n > 0 { replay.keep(p, n) }
        return n
    }
}

/// One source to its end, then another.
private final class ChainedSource: ByteSource {
    let first: ByteSource
    let then: ByteSource
    private var firstDone = false

    init(first: ByteSource, then: ByteSource) {
        self.first = first
        self.then = then
    }

    func read(into p: UnsafeMutablePointer<UInt8>, capacity: Int) throws(TallyError) -> Int {
        if !firstDone {
            let n = try first.read(into: p, capacity: capacity)
            if n > 0 { return n }
            firstDone = true
        }
        return try then.read(into: p, capacity: capacity)
    }
}
