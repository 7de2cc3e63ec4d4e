import CTallyScan

/// One field of a record: where its bytes are in the block, and whether they still
/// hold doubled quotes (`""`) that must be undone before use. (A C struct: the
/// scanner's loop for unquoted records, ``tally_scan_unquoted``, writes them.)
typealias FieldSpan = tally_field_span

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
    /// The structural bytes of the 64 from `chunkStart` not yet taken, as a mask (bits
    /// past `end` clear). Every structural byte before the scan position has been taken
    /// and none after it, so chunks follow each other and the next structural byte is
    /// the mask's lowest bit: finding it does not wait for the field before it.
    private var chunkStart: Int
    private var remaining: UInt64 = 0

    init(base: UnsafePointer<UInt8>, start: Int, end: Int) {
        self.base = base
        self.position = start
        self.end = end
        chunkStart = start - 64
    }

    /// The next `,`, `"` or line feed not yet taken, or `end`.
    @inline(__always)
    private mutating func take() -> Int {
        while remaining == 0 {
            chunkStart += 64
            if chunkStart >= end { chunkStart = end; return end }
            let p = base + chunkStart
            remaining = end - chunkStart >= 64 ? tally_structural_mask64(p) : tally_structural_mask_tail(p, end - chunkStart)
        }
        let at = chunkStart + remaining.trailingZeroBitCount
        remaining &= remaining &- 1
        return at
    }

    /// Reads the next record's fields into `spans` (capacity `capacity`).
    @inline(__always)
    mutating func next(into spans: UnsafeMutablePointer<FieldSpan>, capacity: Int) -> ScanOutcome {
        // A record without a quote (nearly all) the fast way; at a quote, the state is
        // as it was and the record is read below (a test runs both ways on random bytes).
        let n = tally_scan_unquoted(base, end, &position, &chunkStart, &remaining, &lineFeeds, spans, capacity)
        if n > 0 { return .record(fields: n) }
        if n == 0 { return .endOfBlock }
        return general(into: spans, capacity: capacity)
    }

    /// ``next(into:capacity:)`` for any record, quoted fields and malformed quoting included.
    mutating func general(into spans: UnsafeMutablePointer<FieldSpan>, capacity: Int) -> ScanOutcome {
        var p = position
        if p >= end { return .endOfBlock }
        var field = 0
        while true {
            var span = FieldSpan()
            if base[p] == 0x22 {
                // Quoted field: its opening quote is the next structural byte.
                _ = take()
                p += 1
                span.start = p
                while true {
                    p = take()
                    guard p < end else { position = end; return .malformed(.unterminatedQuote, field: field) }
                    let b = base[p]
                    if b == 0x22 {
                        if p + 1 < end && base[p + 1] == 0x22 { span.hasEscapes = true; _ = take(); continue }
                        break
                    }
                    if b == 0x0A { lineFeeds += 1 }
                }
                span.count = p - span.start
                p += 1 // closing quote
                // CRLF, or a lone CR ending the file (RFC 4180's line end with its LF lost).
                if p < end && base[p] == 0x0D && (p + 1 == end || base[p + 1] == 0x0A) { p += 1 }
                if p < end && base[p] != 0x2C && base[p] != 0x0A {
                    position = p
                    return .malformed(.textAfterClosingQuote, field: field)
                }
                // The comma or line feed after it is the next structural byte.
                if p < end { _ = take() }
            } else {
                span.start = p
                p = take()
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
                if field < capacity { spans[field] = FieldSpan(start: p, count: 0, hasEscapes: false) }
                position = end
                return .record(fields: field + 1)
            }
        }
    }
}

/// Line feeds between two offsets: how error messages turn a byte position into a line.
func countLineFeeds(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
    to > from ? tally_count_byte(base + from, to - from, 0x0A) : 0
}

/// Excel's separator line: a CSV saved or edited in Excel may start (after its
/// byte-order mark) with a line `sep=,` (`sep=;`, `sep=<tab>`) naming the field
/// separator, above the header. Returns the text after `sep=` (its CR dropped) and
/// where the next line starts; nil when the line at `start` is not such a line. No
/// column of any schema tally reads is named `sep=…`.
func separatorLine(_ base: UnsafePointer<UInt8>, start: Int, end: Int) -> (separator: [UInt8], next: Int)? {
    guard end - start >= 4 else { return nil }
    let sep: [UInt8] = [0x73, 0x65, 0x70] // "sep", any case
    for k in 0 ..< 3 where base[start + k] | 0x20 != sep[k] { return nil }
    guard base[start + 3] == 0x3D else { return nil }
    var e = start + 4
    while e < end && base[e] != 0x0A && base[e] != 0x0D { e += 1 }
    // CRLF, LF, or a lone CR (a classic Mac file, refused as such with the header).
    let next = e + 1 < end && base[e] == 0x0D && base[e + 1] == 0x0A ? e + 2 : min(e + 1, end)
    return (Array(UnsafeBufferPointer(start: base + start + 4, count: e - start - 4)), next)
}

/// The refusal for a separator line naming anything but a comma (and a tab, which
/// the reader converts): what it says, and what to do.
func separatorLineProblem(_ separator: [UInt8]) -> String {
    let named: String
    switch separator {
    case [0x3B]: named = "';' (semicolon)"
    case []: named = "no separator"
    default: named = "'" + MessageText.excerpt(String(decoding: separator, as: UTF8.self), limit: 20) + "'"
    }
    return "the first line is Excel's separator line 'sep=\(MessageText.excerpt(String(decoding: separator, as: UTF8.self), limit: 20))', naming \(named); "
        + "tally reads fields separated by commas (or tabs): re-save the file as \"CSV UTF-8 (Comma delimited)\", "
        + "or replace the separators with commas and delete that first line"
}
