import Foundation
import SWXMLHash
import ZIPFoundation

/// `.zip` downloads holding one CSV (ACLED's and HDX's), and `.xlsx` workbooks.
///
/// ZIPFoundation reads the archive; a zipped CSV is inflated on a thread of its own
/// and handed to the reader in 64 KiB pieces through a queue of four, so memory stays
/// bounded whatever the size of the CSV inside.
enum ZipInput {
    static func open(path: String, name: String, options: InputOptions) throws(TallyError) -> OpenedInput {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .data("\(name): a damaged or unreadable zip archive (\(error)); download it again")
        }
        let entries = Array(archive)
        let paths = Set(entries.map(\.path))
        if paths.contains("xl/workbook.xml") {
            return try XLSXReader.read(archive, name: name, options: options)
        }
        if paths.contains("word/document.xml") { throw .data("\(name): this is a Word document (.docx), not data") }
        if paths.contains("ppt/presentation.xml") { throw .data("\(name): this is a PowerPoint file (.pptx), not data") }
        if paths.contains("mimetype") && paths.contains("content.xml") {
            throw .data("\(name): this is an OpenDocument file (.ods/.odt); save it as .xlsx or \"CSV UTF-8\"")
        }
        let files = entries.filter { $0.type == .file && !$0.path.hasPrefix("__MACOSX/") && !$0.path.hasSuffix("/") }
        let csvs = files.filter { let p = $0.path.lowercased(); return p.hasSuffix(".csv") || p.hasSuffix(".csv.gz") }
        guard csvs.count == 1, let entry = csvs.first else {
            let listed = files.prefix(10).map(\.path).joined(separator: ", ") + (files.count > 10 ? ", …" : "")
            if csvs.isEmpty {
                throw .data("\(name): a zip archive with no .csv file in it (it holds: \(listed.isEmpty ? "nothing" : listed))")
            }
            throw .data("\(name): a zip archive with \(csvs.count) CSV files (\(csvs.prefix(10).map(\.path).joined(separator: ", "))); unzip it and give the ones to read")
        }
        let entryName = "\(name) [\(entry.path)]"
        // The archive is used by the producer thread alone from here on.
        final class Job: @unchecked Sendable {
            let archive: Archive, entry: Entry
            init(_ a: Archive, _ e: Entry) { archive = a; entry = e }
        }
        let job = Job(archive, entry)
        let source = ProducerSource(name: entryName) { (emit: (Data) throws -> Void) throws in
            _ = try job.archive.extract(job.entry, bufferSize: 1 << 16, skipCRC32: false) { data in try emit(data) }
        }
        var d = InputDescription()
        d.packaging.append("zip: \(entry.path)")
        var opened: OpenedInput
        if entry.path.lowercased().hasSuffix(".gz") {
            d.packaging.append("gzip")
            opened = try InputOpener.text(try GzipSource(inner: source, name: entryName), name: name, options: options, description: d)
        } else {
            opened = try InputOpener.text(source, name: name, options: options, description: d)
        }
        return opened
    }
}

/// Bytes produced by a push-style reader (ZIPFoundation's `extract`) on a thread of
/// its own, pulled by the CSV reader: at most four pieces wait in between.
final class ProducerSource: ByteSource, @unchecked Sendable {
    private let lock = Lock()
    private let items = DispatchSemaphore(value: 0)
    private let slots = DispatchSemaphore(value: 4)
    private var queue: [Data?] = []
    private var current = Data()
    private var offset = 0
    private var failure: Error?
    private var cancelled = false
    private var finished = false
    private var thread: WorkerThread?
    private let name: String

    struct Cancelled: Error {}

    init(name: String, produce: @escaping @Sendable (_ emit: (Data) throws -> Void) throws -> Void) {
        self.name = name
        thread = WorkerThread { [self] in
            do {
                try produce { data in
                    self.slots.wait()
                    if self.lock.locked({ self.cancelled }) { throw Cancelled() }
                    self.lock.locked { self.queue.append(data) }
                    self.items.signal()
                }
            } catch {
                lock.locked { failure = error }
            }
            slots.wait()
            lock.locked { queue.append(nil) }
            items.signal()
        }
    }

    deinit {
        lock.locked { cancelled = true }
        // Wake a producer waiting for room; it sees the cancellation and stops.
        for _ in 0 ..< 8 { slots.signal() }
        thread?.join()
    }

    func read(into p: UnsafeMutablePointer<UInt8>, capacity: Int) throws(TallyError) -> Int {
        while offset >= current.count {
            if finished { return 0 }
            items.wait()
            let next = lock.locked { queue.removeFirst() }
            slots.signal()
            guard let next else {
                finished = true
                thread?.join()
                thread = nil
                if let failure = lock.locked({ failure }), !(failure is Cancelled) {
                    throw .data("\(name): cannot unpack (\(failure)); the archive may be damaged, download it again")
                }
                return 0
            }
            current = next
            offset = 0
        }
        let n = min(capacity, current.count - offset)
        current.withUnsafeBytes { b in
            p.update(from: b.baseAddress!.assumingMemoryBound(to: UInt8.self) + offset, count: n)
        }
        offset += n
        return n
    }
}
