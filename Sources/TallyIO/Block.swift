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
    /// Physical lines before the first data record (the header, and an HXL tag row
    /// when there is one). Set by the reader before any block after the header is
    /// parsed; read only when the pipeline finishes.
    var headerLines: Int
    /// Whether the first record after the header is still to be checked for HXL tags.
    var awaitingTagCheck = true
    var skippedTagRow = false

    init(name: String, layout: RowLayout, headerLines: Int) {
        self.name = name
        self.layout = layout
        self.headerLines = headerLines
    }
}
