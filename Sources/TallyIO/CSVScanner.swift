import CTallyScan

/// One field of a record: where its bytes are in the block, and whether they still
/// hold doubled quotes (`""`) that must be undone before use.
struct FieldSpan {
    var start: Int = 0
    var count: Int = 0
    var hasEscapes = false
}

/// Why a record cannot be read as RFC 4180 CSV.
enum QuotingProblem: Equatable {
    case quoteInUnquotedField
    case unterminatedQuote
    case textAfterClosingQuote

    var message: String {
        switch self {
        case .quoteInUnquotedField: "malformed quoting: a '\"' inside an unquoted field (quote the whole field and double the inner quotes)"
        case .unterminatedQuote: "malformed quoting: a quoted field is never closed"
        case .textAfterClosingQuote: "malformed quoting: text after a closing '\"' (inner quotes must be doubled)"
        }
    }
}

enum ScanOutcome {
    /// A record with this many fields (more than the span capacity are counted, not kept).
    case record(fields: Int)
    case endOfBlock
    /// Malformed quoting in field `field` (0-based).
    case malformed(QuotingProblem, field: Int)
}

/// Splits a block of complete records into fields, in place, without copying.
///
/// This is the innermost loop of tally: it looks at every byte of every input file.
/// The bytes that matter (`,`, `"`, line feed) are found 64 at a time as a bit mask
/// (CTallyScan, SSE2); a field then ends at the mask's next set bit, so a short field
/// costs a bit scan rather than a loop. Quoted fields walk the same mask, counting the
/// line breaks inside them so error messages can name the right line.
struct CSVScanner {
    let base: UnsafePointer<UInt8>
    let end: Int
    private(set) var position: Int
    /// Line feeds consumed so far (record ends and line breaks inside quoted fields).
    private(set) var lineFeeds = 0
    /// The 64 bytes from `chunkStart` as a mask of structural bytes (bits past `end`
    /// clear). Starts out holding no position.
    private var chunkStart = -128
    private var chunkMask: UInt64 = 0

    init(base: UnsafePointer<UInt8>, start: Int, end: Int) {
        self.base = base
        self.position = start
        self.end = end
    }

    /// The first `,`, `"` or line feed at or after `from`, or `end`.
    @inline(__always)
    private mutating func nextStructural(_ from: Int) -> Int {
        var p = from
        while p < end {
            let offset = p &- chunkStart
            if offset >= 0 && offset < 64 {
                let m = chunkMask & (UInt64.max << UInt64(offset))
                if m != 0 { return chunkStart + m.trailingZeroBitCount }
                p = chunkStart + 64
                continue
            }
            chunkStart = p
            chunkMask = end - p >= 64 ? tally_structural_mask64(base + p) : tally_structural_mask_tail(base + p, end - p)
        }
        return end
    }

    /// Reads the next record's fields into `spans` (capacity `capacity`).
    @inline(__always)
    mutating func next(into spans: UnsafeMutablePointer<FieldSpan>, capacity: Int) -> ScanOutcome {
        var p = position
        if p >= end { return .endOfBlock }
        var field = 0
        while true {
            var span = FieldSpan()
            if base[p] == 0x22 {
                // Quoted field.
                p += 1
                span.start = p
                while true {
                    p = nextStructural(p)
                    guard p < end else { position = end; return .malformed(.unterminatedQuote, field: field) }
                    let b = base[p]
                    if b == 0x22 {
                        if p + 1 < end && base[p + 1] == 0x22 { span.hasEscapes = true; p += 2; continue }
                        break
                    }
                    if b == 0x0A { lineFeeds += 1 }
                    p += 1
                }
                span.count = p - span.start
                p += 1 // closing quote
                // CRLF, or a lone CR ending the file (RFC 4180's line end with its LF lost).
                if p < end && base[p] == 0x0D && (p + 1 == end || base[p + 1] == 0x0A) { p += 1 }
                if p < end && base[p] != 0x2C && base[p] != 0x0A {
                    position = p
                    return .malformed(.textAfterClosingQuote, field: field)
                }
            } else {
                span.start = p
                p = nextStructural(p)
                if p < end && base[p] == 0x22 {
                    position = p
                    return .malformed(.quoteInUnquotedField, field: field)
                }
                span.count = p - span.start
                if (p == end || base[p] == 0x0A) && span.count > 0 && base[p - 1] == 0x0D { span.count -= 1 }
            }
            if field < capacity { spans[field] = span }
            field += 1
            if p >= end { position = end; return .record(fields: field) }
            if base[p] == 0x0A {
                lineFeeds += 1
                position = p + 1
                return .record(fields: field)
            }
            p += 1 // comma
            if p >= end {
                // A trailing comma at the very end of the data: one more, empty field.
                if field < capacity { spans[field] = FieldSpan(start: p, count: 0) }
                position = end
                return .record(fields: field + 1)
            }
        }
    }
}

/// Line feeds between two offsets: how error messages turn a byte position into a line.
func countLineFeeds(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
    var n = 0
    var i = from
    while i < to {
        if base[i] == 0x0A { n += 1 }
        i += 1
    }
    return n
}
