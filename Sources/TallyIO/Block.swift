/// A chunk of one file holding only complete records.
final class Block: @unchecked Sendable {
    let memory: UnsafeMutablePointer<UInt8>
    let capacity: Int
    var count = 0
    var start = 0
    var sequence = 0
    var file: FileContext?

    init(capacity: Int) {
        self.capacity = capacity
        memory = .allocate(capacity: capacity + 8)
    }

    deinit { memory.deallocate() }
}

final class FileContext: @unchecked Sendable {
    let name: String
    let layout: RowLayout
    /// Where the text's lines came from (a CSV's own lines, JSON records, sheet rows).
    var locator: RecordLocator = .lines
    /// Physical lines before the first data record (the header, and an HXL tag row
    /// when there is one). Set by the reader before any block after the header is
    /// parsed; read only when the pipeline finishes.
    var headerLines: Int
    /// Whether the first record after the header is still to be checked for HXL tags.
    var awaitingTagCheck = true
    var skippedTagRow = false

    /// The file's place among the inputs as given.
    let index: Int

    init(name: String, layout: RowLayout, headerLines: Int, index: Int = 0) {
        self.index = index
        self.name = name
        self.layout = layout
        self.headerLines = headerLines
    }
}
