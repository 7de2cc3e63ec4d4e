#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CTallyISAL
import CTallyZlib

/// The bytes of one input as the CSV reader sees them: unpacked (`.gz`, `.zip`,
/// `.xlsx`, API JSON) and decoded to UTF-8. Each source pulls from the one below it
/// as the reader asks, so a streamed input (a file, a pipe, a `.gz`) is never held
/// whole in memory.
protocol ByteSource: AnyObject {
    /// Reads up to `capacity` bytes (at least 4 are asked for); 0 only at the end.
    func read(into p: UnsafeMutablePointer<UInt8>, capacity: Int) throws(TallyError) -> Int
}

extension ByteSource {
    /// Reads until `capacity` bytes or the end: fewer only at the end.
    func readFully(into p: UnsafeMutablePointer<UInt8>, capacity: Int) throws(TallyError) -> Int {
        var filled = 0
        while filled < capacity {
            let n = try read(into: p + filled, capacity: capacity - filled)
            if n == 0 { break }
            filled += n
        }
        return filled
    }

    /// Everything left, for inputs that must be whole to be read (JSON, HAPI).
    func readAll(limit: Int, name: String) throws(TallyError) -> [UInt8] {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = try chunk.withUnsafeMutableBufferPointer { (b) throws(TallyError) -> Int in
                try read(into: b.baseAddress!, capacity: b.count)
            }
            if n == 0 { return out }
            out.append(contentsOf: chunk[0 ..< n])
            if out.count > limit {
                throw .data("\(name): larger than \(limit >> 20) MiB; this kind of input is read whole into memory, so split it (or export CSV, which tally streams)")
            }
        }
    }
}

/// A file descriptor read as it is.
final class FileDescriptorSource: ByteSource {
    let fd: Int32
    let name: String

    init(fd: Int32, name: String) {
        self.fd = fd
        self.name = name
    }

    func read(into p: UnsafeMutablePointer<UInt8>, capacity: Int) throws(TallyError) -> Int {
        while true {
            #if canImport(Glibc)
            let n = Glibc.read(fd, p, capacity)
            #else
            let n = Darwin.read(fd, p, capacity)
            #endif
            if n >= 0 { return n }
            if errno == EINTR { continue }
            if errno == EISDIR { throw .noInput("\(name): is a directory, expected a CSV file") }
            if errno == EBADF { throw .noInput("\(name): cannot be read (\(errnoText()))") }
            throw .io("\(name): read failed (\(errnoText()))")
        }
    }
}

/// Bytes already in memory (an input converted to CSV text).
final class MemorySource: ByteSource {
    /// The whole text (readers14: a sheet's other uses scan it without a copy).
    let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func read(into p: UnsafeMutablePointer<UInt8>, capacity: Int) throws(TallyError) -> Int {
        let n = min(capacity, bytes.count - position)
        if n <= 0 { return 0 }
        bytes.withUnsafeBufferPointer { b in p.update(from: b.baseAddress! + position, count: n) }
        position += n
        return n
    }
}

/// Replays the bytes read ahead to recognise an input, then reads on.
final class PrefixedSource: ByteSource {
    private var prefix: [UInt8]
    private var position = 0
    private let inner: ByteSource

    init(prefix: [UInt8], inner: ByteSource) {
        self.prefix = prefix
        self.inner = inner
    }

    func read(into p: UnsafeMutablePointer<UInt8>, capacity: Int) throws(TallyError) -> Int {
        if position < prefix.count {
            let n = min(capacity, prefix.count - position)
            prefix.withUnsafeBufferPointer { b in p.update(from: b.baseAddress! + position, count: n) }
            position += n
            if position == prefix.count { prefix = [] ; position = Int.max }
            return n
        }
        return try inner.read(into: p, capacity: capacity)
    }
}

/// A gzip stream (one or more members, as `cat a.gz b.gz` makes), inflated as it is
/// read: memory is the inflater's 32 KiB window and one input buffer.
///
/// Inflated with Intel ISA-L's igzip rather than zlib: zlib alone took 0.2 s of CPU on
/// a 1M-row file that tally parses in 0.32 s, so a `.gz` cost 1.6-2.0x the plain file;
/// igzip inflates the same data about three times faster and checks the same CRC-32.
final class GzipSource: ByteSource {
    private let state: UnsafeMutablePointer<inflate_state>
    private let inner: ByteSource
    private let name: String
    private let input: UnsafeMutablePointer<UInt8>
    private let inputCapacity = 1 << 18
    private var memberEnded = false
    private var innerEnded = false
    private(set) var compressedBytes = 0

    init(inner: ByteSource, name: String) throws(TallyError) {
        self.inner = inner
        self.name = name
        input = .allocate(capacity: inputCapacity)
        state = .allocate(capacity: 1)
        isal_inflate_init(state)
        // ISAL_GZIP: a gzip header, and the CRC-32 and length after the data, checked.
        state.pointee.crc_flag = UInt32(ISAL_GZIP)
        state.pointee.avail_in = 0
    }

    deinit {
        state.deallocate()
        input.deallocate()
    }

    func read(into p: UnsafeMutablePointer<UInt8>, capacity: Int) throws(TallyError) -> Int {
        state.pointee.next_out = p
        state.pointee.avail_out = UInt32(min(capacity, Int(UInt32.max)))
        while state.pointee.avail_out > 0 {
            if state.pointee.avail_in == 0 && !innerEnded {
                let n = try inner.read(into: input, capacity: inputCapacity)
                if n == 0 { innerEnded = true } else { compressedBytes += n }
                state.pointee.next_in = input
                state.pointee.avail_in = UInt32(n)
            }
            if state.pointee.avail_in == 0 && innerEnded {
                if memberEnded || compressedBytes == 0 { break }
                throw .data("\(name): the gzip data ends early (a truncated download?); \(produced(p)) bytes were unpacked before it stopped")
            }
            if memberEnded {
                // Another member follows (concatenated .gz files), or bytes that are not
                // gzip at all (gunzip warns "trailing garbage ignored"): say which.
                if let next = state.pointee.next_in, next[0] != 0x1F || (state.pointee.avail_in > 1 && next[1] != 0x8B) {
                    throw .data("\(name): the gzip data ends and bytes that are not gzip follow "
                                + "(trailing garbage); everything before them was unpacked, but tally does not guess what they are: "
                                + "cut them off (gunzip -c, which ignores them, writes the CSV)")
                }
                // A fresh header, keeping the place in the input and output.
                let (nextIn, availIn) = (state.pointee.next_in, state.pointee.avail_in)
                let (nextOut, availOut) = (state.pointee.next_out, state.pointee.avail_out)
                isal_inflate_reset(state)
                state.pointee.crc_flag = UInt32(ISAL_GZIP)
                (state.pointee.next_in, state.pointee.avail_in) = (nextIn, availIn)
                (state.pointee.next_out, state.pointee.avail_out) = (nextOut, availOut)
                memberEnded = false
            }
            let status = isal_inflate(state)
            guard status == ISAL_DECOMP_OK else {
                let why = switch status {
                case ISAL_INVALID_WRAPPER: "not a gzip header"
                case ISAL_INCORRECT_CHECKSUM: "its checksum does not match"
                case ISAL_UNSUPPORTED_METHOD: "an unsupported compression method"
                default: "invalid deflate data (\(status))"
                }
                throw .data("\(name): the gzip data is damaged (\(why)); download the file again")
            }
            if state.pointee.block_state == ISAL_BLOCK_FINISH { memberEnded = true }
        }
        return produced(p)
    }

    private func produced(_ p: UnsafeMutablePointer<UInt8>) -> Int { state.pointee.next_out - p }
}

/// A single-byte encoding (Windows-1252, ISO-8859-1) decoded to UTF-8.
final class SingleByteDecoder: ByteSource {
    private let inner: ByteSource
    private var raw: [UInt8] = []
    /// UTF-8 bytes of 0x80 ... 0xFF.
    private let table: [[UInt8]]
    private var pending: [UInt8] = []
    private var carry: [UInt8] = []
    /// Set when the encoding was detected, not chosen: the name of the input, for the
    /// refusal of UTF-8 text met later in it (a file of two encodings, whose UTF-8
    /// names would otherwise be read as `CÃ´te` beside the `Côte` of its older rows).
    private let detectedIn: String?
    /// Lines read so far (for the refusal's line; the decoder then reads from the
    /// file's start), the line of the first byte that is not UTF-8 (`nil`: past the
    /// first MiB, where the decoder starts mid-file and bytes are counted instead).
    private var lines = 1
    private let firstLine: Int?
    private var bytesRead: Int
    /// The last byte of the previous read (for the character before a read's first byte),
    /// and the one before it.
    private var lastByte: UInt8 = 0x0A
    private var byteBeforeLast: UInt8 = 0x0A

    /// `before`: the byte before `inner`'s first (ASCII; a line end at a file's start),
    /// so a chance spelling at its first byte is judged beside the letter before it.
    /// readers11 F4 (silent): `--encoding latin-1` read bytes 0x80-0x9F as ISO-8859-1's C1
    /// controls, which are never text and were then dropped as invisible: `Côte d’Ivoire`
    /// printed `Côte dIvoire`, `Ségou–Nord` split from `Ségou-Nord`. Every program that
    /// writes a file called "Latin-1" (Excel's "CSV", pandas' `latin-1` of cp1252 text)
    /// means Windows-1252 there, and browsers read the label so (WHATWG): the bytes are
    /// read as Windows-1252, and where the first was met is kept for a note.
    private let latin1Label: Bool
    /// The line and character of the first byte 0x80-0x9F read under `latin1Label`.
    private(set) var windows1252Byte: (line: Int?, byte: Int, text: String)?
    /// The input's name, for the refusal of a byte no character stands for.
    private let name: String

    init(inner: ByteSource, windows1252: Bool, detectedIn: String? = nil, firstLine: Int? = 1, offset: Int = 0, before: UInt8 = 0x0A,
         beforeThat: UInt8 = 0x0A, latin1Label: Bool = false, name: String? = nil) {
        self.inner = inner
        self.latin1Label = latin1Label
        self.name = name ?? detectedIn ?? "input"
        lastByte = before
        byteBeforeLast = beforeThat
        self.detectedIn = detectedIn
        self.firstLine = firstLine
        bytesRead = offset
        table = (0x80 ... 0xFF).map { b -> [UInt8] in
            let scalar = windows1252 || latin1Label ? (SingleByteDecoder.cp1252[b - 0x80] ?? UInt32(b)) : UInt32(b)
            return Array(String(Unicode.Scalar(scalar)!).utf8)
        }
    }

    /// Windows-1252's printable characters in 0x80-0x9F; the five bytes it leaves
    /// undefined map to the C1 controls, as in Latin-1.
    static let cp1252: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ] + Array(repeating: nil, count: 96)

    func read(into p: UnsafeMutablePointer<UInt8>, capacity: Int) throws(TallyError) -> Int {
        var out = 0
        if !pending.isEmpty {
            let n = min(capacity, pending.count)
            for i in 0 ..< n { p[i] = pending[i] }
            pending.removeFirst(n)
            return n
        }
        let want = max(4, capacity / 3)
        if raw.count < want + 8 { raw = [UInt8](repeating: 0, count: want + 8) }
        // A possible UTF-8 sequence cut by the end of a read is held for the next one,
        // with the character after it, so the check below sees both whole however the
        // reads fall.
        var n = 0
        while true {
            let c = carry.count
            for j in 0 ..< c { raw[j] = carry[j] }
            carry = []
            let got = try raw.withUnsafeMutableBufferPointer { (b) throws(TallyError) -> Int in
                try inner.read(into: b.baseAddress! + c, capacity: want)
            }
            n = c + got
            guard detectedIn != nil, got > 0 else { break }
            if let k = (max(0, n - 7) ..< n).last(where: { raw[$0] >= 0xC2 && raw[$0] <= 0xF4 }) {
                carry = Array(raw[k ..< n])
                n = k
            }
            if n > 0 { break }
        }
        for i in 0 ..< n {
            let b = raw[i]
            if b < 0x80 {
                if b == 0x0A { lines += 1 }
                if out < capacity { p[out] = b; out += 1 } else { pending.append(b) }
            } else {
                if let name = detectedIn, b >= 0xC2 && b <= 0xF4, i + 1 < n,
                   raw.withUnsafeBufferPointer({ UndecidedEncodingSource.startsUTF8($0.baseAddress! + i, n - i, previous: previousCharacter(i),
                                                                                            beforePrevious: characterTwoBefore(i)) }) {
                    let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                    let text = String(decoding: raw[i ..< min(n, i + length)], as: UTF8.self)
                    let place = firstLine == nil ? " (byte \(bytesRead + i + 1))" : ":\(lines)"
                    throw .data("\(name)\(place): \"\(text)\" is UTF-8, but the file was read as Windows-1252 (judged so from its text "
                                + "\(firstLine.map { "at line \($0)" } ?? "past the first MiB"), a byte that is not UTF-8 or a Latin word only Windows-1252 spells): it mixes two encodings, and its names would be split in two "
                                + "(\"\(String(decoding: table[Int(b) - 0x80] + table[Int(raw[i + 1]) - 0x80], as: UTF8.self))\" beside \"\(text)\"); "
                                + "convert the Windows-1252 part to UTF-8 (iconv -f windows-1252 -t utf-8), or give --encoding windows-1252 "
                                + "to read every byte as Windows-1252")
                }
                if b < 0xA0 {
                    let place = firstLine == nil ? " (byte \(bytesRead + i + 1))" : ":\(lines)"
                    // The five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90,
                    // 0x9D) are C1 controls, never text: dropped as invisible, a letter of
                    // another encoding would vanish from a name (readers11 F4). Refused.
                    if SingleByteDecoder.cp1252[Int(b) - 0x80] == nil {
                        let hex = String(b, radix: 16, uppercase: true)
                        throw .data("\(name)\(place): byte 0x\(hex) is no character in Windows-1252 (nor text in ISO-8859-1, where it is a "
                                    + "control code): the file is in another encoding (Mac Roman, a DOS code page, UTF-8 damaged); "
                                    + "convert it to UTF-8 from the encoding it was written in (iconv -f ENCODING -t utf-8)")
                    }
                    if latin1Label && windows1252Byte == nil {
                        windows1252Byte = (firstLine == nil ? nil : lines, bytesRead + i + 1, String(decoding: table[Int(b) - 0x80], as: UTF8.self))
                    }
                }
                for u in table[Int(b) - 0x80] {
                    if out < capacity { p[out] = u; out += 1 } else { pending.append(u) }
                }
            }
        }
        bytesRead += n
        if n > 0 {
            byteBeforeLast = n > 1 ? raw[n - 2] : lastByte
            lastByte = raw[n - 1]
        }
        return out
    }

    /// The character before `raw[i]` as this decoder reads it.
    private func previousCharacter(_ i: Int) -> UInt32 {
        let b = i > 0 ? raw[i - 1] : lastByte
        return b < 0x80 ? UInt32(b) : (SingleByteDecoder.cp1252[Int(b) - 0x80] ?? UInt32(b))
    }

    /// The character before that.
    private func characterTwoBefore(_ i: Int) -> UInt32 {
        let b = i > 1 ? raw[i - 2] : i == 1 ? lastByte : byteBeforeLast
        return b < 0x80 ? UInt32(b) : (SingleByteDecoder.cp1252[Int(b) - 0x80] ?? UInt32(b))
    }
}

/// UTF-16 (little- or big-endian, after its byte-order mark) decoded to UTF-8.
final class UTF16Decoder: ByteSource {
    private let inner: ByteSource
    private let bigEndian: Bool
    private let name: String
    private var raw: [UInt8] = []
    private var carry: [UInt8] = []
    private var pending: [UInt8] = []
    private var highSurrogate: UInt32?
    private var unitsRead = 0

    init(inner: ByteSource, bigEndian: Bool, name: String) {
        self.inner = inner
        self.bigEndian = bigEndian
        self.name = name
    }

    func read(into p: UnsafeMutablePointer<UInt8>, capacity: Int) throws(TallyError) -> Int {
        while pending.isEmpty {
            let want = max(2, capacity)
            if raw.count < want { raw = [UInt8](repeating: 0, count: want) }
            let n = try raw.withUnsafeMutableBufferPointer { (b) throws(TallyError) -> Int in
                try inner.read(into: b.baseAddress!, capacity: want)
            }
            if n == 0 {
                if !carry.isEmpty || highSurrogate != nil {
                    throw .data("\(name): the UTF-16 text ends in the middle of a character")
                }
                return 0
            }
            var bytes = carry
            bytes.append(contentsOf: raw[0 ..< n])
            let usable = bytes.count & ~1
            carry = Array(bytes[usable...])
            var i = 0
            while i < usable {
                let unit = bigEndian ? UInt32(bytes[i]) << 8 | UInt32(bytes[i + 1]) : UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i])
                i += 2
                unitsRead += 1
                var scalar: UInt32
                if let high = highSurrogate {
                    guard (0xDC00 ... 0xDFFF).contains(unit) else { throw invalid() }
                    scalar = 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)
                    highSurrogate = nil
                } else if (0xD800 ... 0xDBFF).contains(unit) {
                    highSurrogate = unit
                    continue
                } else if (0xDC00 ... 0xDFFF).contains(unit) {
                    throw invalid()
                } else {
                    scalar = unit
                }
                if scalar < 0x80 {
                    pending.append(UInt8(scalar))
                } else {
                    pending.append(contentsOf: String(Unicode.Scalar(scalar)!).utf8)
                }
            }
        }
        let n = min(capacity, pending.count)
        pending.withUnsafeBufferPointer { b in p.update(from: b.baseAddress!, count: n) }
        pending.removeFirst(n)
        return n
    }

    private func invalid() -> TallyError {
        .data("\(name): invalid UTF-16 (an unpaired surrogate at character \(unitsRead)); the file is damaged or not UTF-16")
    }
}

/// Tab-separated text (Excel's "Unicode text", `.tsv` and `.tab` files) rewritten as
/// CSV as it is read, so the one CSV reader checks it. Excel quotes a field holding a
/// tab, a line break or a quote the CSV way (`"a""b"`): such a field is passed on as
/// it is; an unquoted field holding a comma or a quote is quoted on the way out.
final class TabSeparatedSource: ByteSource {
    private let inner: ByteSource
    private var input = [UInt8](repeating: 0, count: 1 << 16)
    private var inputCount = 0, inputPosition = 0
    private var atEnd = false
    private var output: [UInt8] = []
    private var outputPosition = 0
    /// The unquoted field being read (held until its end says whether to quote it).
    private var field: [UInt8] = []
    private var atFieldStart = true
    private var inQuotes = false
    private var quoteSeen = false

    init(inner: ByteSource) { self.inner = inner }

    func read(into p: UnsafeMutablePointer<UInt8>, capacity: Int) throws(TallyError) -> Int {
        while outputPosition >= output.count {
            output.removeAll(keepingCapacity: true)
            outputPosition = 0
            if atEnd { return 0 }
            try convertMore()
        }
        let n = min(capacity, output.count - outputPosition)
        output.withUnsafeBufferPointer { b in p.update(from: b.baseAddress! + outputPosition, count: n) }
        outputPosition += n
        return n
    }

    private func flushField() {
        if field.contains(where: { $0 == 0x2C || $0 == 0x22 }) {
            output.append(0x22)
            for b in field { if b == 0x22 { output.append(0x22) }; output.append(b) }
            output.append(0x22)
        } else {
            output.append(contentsOf: field)
        }
        field.removeAll(keepingCapacity: true)
    }

    private func convertMore() throws(TallyError) {
        let n = try input.withUnsafeMutableBufferPointer { (b) throws(TallyError) -> Int in
            try inner.read(into: b.baseAddress!, capacity: b.count)
        }
        if n == 0 {
            if !atFieldStart || !field.isEmpty { flushField() }
            atEnd = true
            return
        }
        output.reserveCapacity(n + n / 8)
        for k in 0 ..< n {
            let c = input[k]
            if inQuotes {
                // Inside a quoted field: copied as it is; `""` is an escaped quote.
                output.append(c)
                if quoteSeen { quoteSeen = false; if c != 0x22 { inQuotes = false; output.removeLast(); end(c) } }
                else if c == 0x22 { quoteSeen = true }
                continue
            }
            if atFieldStart && c == 0x22 {
                inQuotes = true
                atFieldStart = false
                output.append(c)
                continue
            }
            end(c)
        }
    }

    /// A byte outside quotes: a tab or line end ends the field.
    private func end(_ c: UInt8) {
        switch c {
        case 0x09:
            flushField()
            output.append(0x2C)
            atFieldStart = true
        case 0x0A, 0x0D:
            flushField()
            output.append(c)
            atFieldStart = true
        default:
            atFieldStart = false
            field.append(c)
        }
    }
}

/// Text whose first MiB is all ASCII, read with `--encoding auto`: it may still be
/// UTF-8 or Windows-1252, and the first byte above 0x7F decides. Bytes are handed on
/// as they are up to it; if it starts a valid UTF-8 sequence the text is UTF-8 from
/// then on (a later bad byte is an error at its line, as for any UTF-8 file), and
/// otherwise everything from it on is decoded as Windows-1252, which reads the ASCII
/// before it alike. The file is read once: until the decision each read is scanned
/// for a high byte (a word at a time), and after it the bytes pass untouched.
final class UndecidedEncodingSource: ByteSource {
    private let inner: ByteSource
    /// Bytes read from `inner` and not yet handed on, starting with the high byte
    /// that was too near the end of a read to be judged (at most 4 bytes).
    private var held: [UInt8] = []
    private var decoder: SingleByteDecoder?
    private var decided = false
    /// Bytes handed on before the decision, and the last of them (ASCII).
    private var passed = 0
    private var lastByte: UInt8 = 0x0A
    /// The byte before `lastByte` (ASCII; a line end when there is none): `É` ends a
    /// word of capitals only after two (``windows1252Word(_:_:previous:next:beforePrevious:)``).
    private var byteBeforeLast: UInt8 = 0x0A
    /// Where the bytes stopped being UTF-8 (an offset in the text handed on), when
    /// they did and Windows-1252 was taken; and where the first UTF-8 letter was.
    private(set) var windows1252From: Int?
    private(set) var utf8From: Int?

    /// The input's name, for the refusal of a file that turns from Windows-1252 to UTF-8.
    private let name: String

    /// `offset`: bytes of the text handed on before this source (the start already read).
    init(inner: ByteSource, offset: Int, name: String = "input") {
        self.inner = inner
        self.name = name
        passed = offset
    }

    func read(into p: UnsafeMutablePointer<UInt8>, capacity: Int) throws(TallyError) -> Int {
        if let decoder { return try decoder.read(into: p, capacity: capacity) }
        if decided {
            if held.isEmpty { return try inner.read(into: p, capacity: capacity) }
            let k = min(capacity, held.count)
            for j in 0 ..< k { p[j] = held[j] }
            held.removeFirst(k)
            return k
        }
        var look = held
        held = []
        if look.isEmpty {
            let n = try inner.read(into: p, capacity: capacity)
            if n == 0 { return 0 }
            guard let i = UndecidedEncodingSource.firstHighByte(p, n) else { passed += n; remember(p, n); return n }
            if n - i >= 4 {
                // Judged in place.
                decided = true
                let (before, beforeThat) = bytes(before: i, in: p)
                switch UndecidedEncodingSource.evidence(UnsafePointer(p + i), n - i, final: false, before: before, beforeThat: beforeThat) {
                case .utf8:
                    utf8From = passed + i
                    return n
                case .undecided, .quotedThenWindows1252:
                    // Lone Syriac-range letters so far: judge again with more text after them.
                    decided = false
                    held = Array(UnsafeBufferPointer(start: p + i, count: n - i))
                    if i > 0 { passed += i; remember(p, i); return i }
                    return try read(into: p, capacity: capacity)
                case .windows1252:
                    break
                }
                windows1252From = passed + i
                let d = SingleByteDecoder(inner: PrefixedSource(prefix: Array(UnsafeBufferPointer(start: p + i, count: n - i)), inner: inner),
                                          windows1252: true, detectedIn: name, firstLine: nil, offset: passed + i,
                                          before: before, beforeThat: beforeThat)
                decoder = d
                return i > 0 ? i : try d.read(into: p, capacity: capacity)
            }
            // Too few bytes after it to judge: hand on what precedes it, judge it next time.
            look = Array(UnsafeBufferPointer(start: p + i, count: n - i))
            if i > 0 {
                held = look
                passed += i
                remember(p, i)
                return i
            }
        }
        // `look` starts with the high byte: read up to 256 bytes to judge it (a lone
        // Syriac-range letter needs the text after it).
        var more = [UInt8](repeating: 0, count: 256)
        var ended = false
        let target = look.count + 256
        while look.count < target {
            let k = try more.withUnsafeMutableBufferPointer { (b) throws(TallyError) -> Int in
                try inner.read(into: b.baseAddress!, capacity: min(256, target - look.count))
            }
            if k == 0 { ended = true; break }
            look += more[0 ..< k]
        }
        decided = true
        switch look.withUnsafeBufferPointer({ UndecidedEncodingSource.evidence($0.baseAddress!, $0.count, final: ended, before: lastByte,
                                                                                  beforeThat: byteBeforeLast) }) {
        case .utf8:
            utf8From = passed
            held = look
            return try read(into: p, capacity: capacity)
        case .quotedThenWindows1252(let at):
            throw .data(look.withUnsafeBufferPointer {
                UndecidedEncodingSource.quotedThenWindows1252Message($0.baseAddress! + at, place: "\(name) (byte \(passed + at + 1))")
            })
        case .undecided:
            throw .data(look.withUnsafeBufferPointer {
                // The field the bytes lie in, from the last bytes handed on (a name
                // mixing scripts, ``MixedScript``, is said so, without its column).
                let apart: (UInt8) -> Bool = { $0 != 0x2C && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0x22 }
                let field: [UInt8] = Array(recent.reversed().prefix(while: apart).reversed()) + Array($0.prefix(while: apart))
                let place = "\(name) (byte \(passed + 1))"
                return UndecidedEncodingSource.undecidedMessage($0.baseAddress!, $0.count, place: place,
                                                                mixedScript: MixedScript.find(String(decoding: field, as: UTF8.self))
                                                                    .map { "\(place): " + MixedScript.message($0) + MixedScript.windows1252Note(field) })
            })
        case .windows1252:
            break
        }
        windows1252From = passed
        let d = SingleByteDecoder(inner: PrefixedSource(prefix: look, inner: inner), windows1252: true, detectedIn: name, firstLine: nil, offset: passed,
                                  before: lastByte, beforeThat: byteBeforeLast)
        decoder = d
        return try d.read(into: p, capacity: capacity)
    }

    /// Keeps the last two of the `n` bytes at `p` handed on (with the earlier last byte
    /// when `n` is 1).
    /// The two bytes before `p[i]`: from `p`, or those handed on before it.
    private func bytes(before i: Int, in p: UnsafeMutablePointer<UInt8>) -> (UInt8, UInt8) {
        (i > 0 ? p[i - 1] : lastByte, i > 1 ? p[i - 2] : i == 1 ? lastByte : byteBeforeLast)
    }

    private func remember(_ p: UnsafeMutablePointer<UInt8>, _ n: Int) {
        byteBeforeLast = n > 1 ? p[n - 2] : lastByte
        lastByte = p[n - 1]
        let k = min(n, 64)
        if recent.count + k > 64 { recent.removeFirst(min(recent.count, recent.count + k - 64)) }
        recent += UnsafeBufferPointer(start: UnsafePointer(p + n - k), count: k)
    }

    /// The last bytes handed on (at most 64, ASCII), for the message of a name that
    /// mixes scripts found at the decision.
    private var recent: [UInt8] = []

    /// The first byte above 0x7F, 32 bytes at a time.
    static func firstHighByte(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int? {
        let raw = UnsafeRawPointer(p)
        var i = 0
        while i + 32 <= n {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
                | raw.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)
            if w & 0x8080_8080_8080_8080 != 0 { break }
            i += 32
        }
        while i < n {
            if p[i] >= 0x80 { return i }
            i += 1
        }
        return nil
    }

    /// What the text above ASCII says about the encoding, from the first high byte on.
    enum Evidence: Equatable {
        /// A valid UTF-8 sequence Windows-1252 text would not spell (see `chanceSpelling`):
        /// a Latin letter, or a letter of another script in a word of its script.
        case utf8
        /// A byte that does not start a valid UTF-8 sequence.
        case windows1252
        /// Only sequences Windows-1252 spells by chance (`PERÚ»` read as `PERڻ`): the
        /// offset of the first, and the bytes ran out before anything decided.
        case undecided(at: Int)
        /// A letter ``quoteGluedToALetter`` takes as UTF-8 at the offset, then text that
        /// says Windows-1252 (a byte that is not UTF-8): undecided.
        case quotedThenWindows1252(at: Int)
    }

    /// Reads the high bytes of `p[0..<n]` until one decides (see `Evidence`). A file
    /// whose only non-ASCII text is letters Windows-1252 spells by chance cannot be
    /// told from Windows-1252 without guessing, and both guesses give wrong names, so
    /// the caller refuses it and asks for `--encoding`. `final`: the bytes are the
    /// whole text (a sequence cut by the end is then not UTF-8). `before`: the byte
    /// before `p[0]` (ASCII; a line end when there is none).
    ///
    /// A letter `quoteGluedToALetter` takes as UTF-8 (`AGBɔ`) decides only if nothing
    /// after it in `p` says Windows-1252 (a byte that is not UTF-8, a Windows-1252
    /// word): then the file is either Windows-1252 with a quote that closes nothing
    /// (`TUÉ”` and later `Côte`) or UTF-8 with a line of Windows-1252 pasted in, and it
    /// is undecided at that letter (refused, naming both readings and `--encoding`).
    static func evidence(_ p: UnsafePointer<UInt8>, _ n: Int, final: Bool, before: UInt8 = 0x0A, beforeThat: UInt8 = 0x0A) -> Evidence {
        var i = firstHighByte(p, n) ?? n
        var firstAmbiguous: Int?
        var previous = UInt32(before)
        var previousEnd = 0
        // Whether a chance spelling before ends with an opening quote or guillemet in
        // Windows-1252 (`‘`, `“`, `«`), which a closing `”` may then close.
        var opened = false
        // Where a letter `quoteGluedToALetter` takes as UTF-8 was met.
        var quoted: Int?
        var windows1252: Evidence { quoted.map { .quotedThenWindows1252(at: $0) } ?? .windows1252 }
        while i < n {
            let b = p[i]
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            if i + length > n {
                // Cut by the end of what was read.
                if final { return windows1252 }
                break
            }
            if length == 1 || firstTextProblem(p + i, length) != nil { return windows1252 }
            let left = i > previousEnd ? UInt32(p[i - 1]) : previous
            let leftOfLeft = i - 1 > previousEnd ? UInt32(p[i - 2]) : i - 1 == previousEnd ? previous
                : i == 0 && previousEnd == 0 ? UInt32(beforeThat) : 0
            let right = nextCharacter(p + i + length, n - i - length)
            if quoteGluedToALetter(p + i, length, previous: left, opened: opened) {
                if quoted == nil { quoted = i }
            } else {
                if windows1252Word(p + i, length, previous: left, next: right, beforePrevious: leftOfLeft) { return windows1252 }
                if !chanceSpelling(p + i, length, previous: left, next: right, beforePrevious: leftOfLeft) { return .utf8 }
                if firstAmbiguous == nil { firstAmbiguous = i }
                if length == 2 && (p[i + 1] == 0x91 || p[i + 1] == 0x93 || p[i + 1] == 0xAB) { opened = true }
            }
            previous = scalar(p + i, length)
            previousEnd = i + length
            i += length
            i += firstHighByte(p + i, n - i) ?? (n - i)
        }
        return quoted != nil ? .utf8 : .undecided(at: firstAmbiguous ?? 0)
    }

    /// Whether the valid UTF-8 sequence of `length` bytes at `p`, after the character
    /// `previous`, is an IPA letter (U+0250-U+02AF) after a Latin letter whose
    /// Windows-1252 reading is a capital and a double quote glued to that letter: `“`
    /// (`ɓ` is `É“`), which opens a quotation and so never ends a word, or `”` (`ɔ` is
    /// `É”`, `ʔ` `Ê”`) with no opening quote before it. For the first text above ASCII
    /// that decides a file's encoding only (`opened`: a chance spelling before it ends
    /// with `‘`, `“` or `«`): an opening quote in Windows-1252 text is a byte that is
    /// not UTF-8 (0x91, 0x93, 0xAB after ASCII) and would have decided the file
    /// already, so the quote would close nothing. Read as UTF-8 it is a letter of an
    /// African Latin orthography: a word of capitals written with its lower-case letter
    /// (Ewe and Akan `AGBɔ`, `KPALIMɔ`, Hausa `KAɓA`, `AGBɔDRAFO`, `Kɔ`): UTF-8, not
    /// the Windows-1252 `AGBÉ”` it had been read as, a name apart (issue 11, silently).
    /// In a file already found Windows-1252 (`startsUTF8`) the quote is Windows-1252
    /// (`“TUÉ”`): this rule is not used there.
    static func quoteGluedToALetter(_ p: UnsafePointer<UInt8>, _ length: Int, previous: UInt32, opened: Bool) -> Bool {
        guard length == 2, p[0] == 0xC9 || p[0] == 0xCA, p[0] == 0xCA ? p[1] <= 0xAF : p[1] >= 0x90, script(previous) == 1 else { return false }
        return p[1] == 0x93 || (p[1] == 0x94 && !opened)
    }

    /// The scalar of the valid UTF-8 sequence of `length` bytes at `p`.
    @inline(__always)
    static func scalar(_ p: UnsafePointer<UInt8>, _ length: Int) -> UInt32 {
        switch length {
        case 1: return UInt32(p[0])
        case 2: return UInt32(p[0] & 0x1F) << 6 | UInt32(p[1] & 0x3F)
        case 3: return UInt32(p[0] & 0x0F) << 12 | UInt32(p[1] & 0x3F) << 6 | UInt32(p[2] & 0x3F)
        default: return UInt32(p[0] & 0x07) << 18 | UInt32(p[1] & 0x3F) << 12 | UInt32(p[2] & 0x3F) << 6 | UInt32(p[3] & 0x3F)
        }
    }

    /// The character starting at `p` (`m` bytes available) read as UTF-8; 0 when there
    /// is none or it is not valid UTF-8 (then it is no letter of any script).
    static func nextCharacter(_ p: UnsafePointer<UInt8>, _ m: Int) -> UInt32 {
        guard m > 0 else { return 0 }
        let b = p[0]
        if b < 0x80 { return UInt32(b) }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        guard length > 1, length <= m, firstTextProblem(p, length) == nil else { return 0 }
        return scalar(p, length)
    }

    /// The script of a letter for the word rule of `chanceSpelling`: 1 Latin, 2 IPA,
    /// 3 Greek, 4 Cyrillic, 5 Armenian, 6 Hebrew, 7 Arabic, 8 Syriac, 9 Thaana,
    /// 10 N'Ko, 11 Samaritan, 12 Mandaic; 0 for anything else (digits, spaces,
    /// punctuation, symbols, other scripts). Each block counts whole.
    static func script(_ s: UInt32) -> UInt8 {
        switch s {
        case 0x41 ... 0x5A, 0x61 ... 0x7A, 0xC0 ... 0xD6, 0xD8 ... 0xF6, 0xF8 ... 0x24F, 0x1E00 ... 0x1EFF: return 1
        case 0x250 ... 0x2AF: return 2
        case 0x370 ... 0x3FF, 0x1F00 ... 0x1FFF: return 3
        case 0x400 ... 0x52F: return 4
        case 0x530 ... 0x58F: return 5
        case 0x590 ... 0x5FF: return 6
        case 0x600 ... 0x6FF, 0x750 ... 0x77F, 0x870 ... 0x8FF, 0xFB50 ... 0xFDFF, 0xFE70 ... 0xFEFF: return 7
        case 0x700 ... 0x74F, 0x860 ... 0x86F: return 8
        case 0x780 ... 0x7BF: return 9
        case 0x7C0 ... 0x7FF: return 10
        case 0x800 ... 0x83F: return 11
        case 0x840 ... 0x85F: return 12
        // Scripts of three-byte UTF-8 (see `chanceSpelling`): Indic blocks each a
        // script, then Thai, Lao, Tibetan, Myanmar, Georgian, Hangul, Ethiopic,
        // Cherokee, Canadian syllabics, Khmer, Mongolian, Tifinagh, CJK, Yi, Vai; Latin,
        // Greek and Cyrillic extensions are those scripts.
        case 0x900 ... 0xDFF: return 13 + UInt8((s - 0x900) >> 7)
        case 0xE00 ... 0xE7F: return 23
        case 0xE80 ... 0xEFF: return 24
        case 0xF00 ... 0xFFF: return 25
        case 0x1000 ... 0x109F: return 26
        case 0x10A0 ... 0x10FF, 0x1C90 ... 0x1CBF, 0x2D00 ... 0x2D2F: return 27
        case 0x1100 ... 0x11FF, 0x3130 ... 0x318F, 0xAC00 ... 0xD7AF: return 28
        case 0x1200 ... 0x139F, 0x2D80 ... 0x2DDF: return 29
        case 0x13A0 ... 0x13FF: return 30
        case 0x1400 ... 0x167F: return 31
        case 0x1780 ... 0x17FF: return 32
        case 0x1800 ... 0x18AF: return 33
        case 0x2D30 ... 0x2D7F: return 34
        case 0x2E80 ... 0x2FDF, 0x3040 ... 0x30FF, 0x3100 ... 0x312F, 0x31A0 ... 0x31FF, 0x3400 ... 0x4DBF, 0x4E00 ... 0x9FFF, 0xF900 ... 0xFAFF: return 35
        case 0xA000 ... 0xA4CF: return 36
        case 0xA500 ... 0xA63F: return 37
        case 0x2C60 ... 0x2C7F, 0xA720 ... 0xA7FF, 0xAB30 ... 0xAB6F: return 1
        case 0x1C80 ... 0x1C8F, 0x2DE0 ... 0x2DFF, 0xA640 ... 0xA69F: return 4
        default: return 0
        }
    }

    /// Whether the valid UTF-8 sequence of `length` bytes at `p`, between the
    /// characters `previous` and `next` (0: none), is one Windows-1252 text spells by
    /// chance. Every two-byte sequence is an upper-case accented letter (or `ß`) of
    /// Windows-1252 before one of 0x80-0xBF, which are its quotes, dashes, ellipsis,
    /// no-break space and guillemets: `PERÚ»` is DA BB, Arabic U+06BB; `PIÙ…` D9 85,
    /// U+0645; `MURIÓ”` D3 94, Cyrillic U+04D4; `Î”` CE 94, Greek U+0394; `JOSÉ–LUIS`
    /// C9 96, IPA U+0256; `Straß“` DF 93, N'Ko U+07D3; `à «` is E0 A0 AB, U+082B.
    /// So a letter of a script other than Latin (IPA, Greek, Cyrillic, Armenian, Hebrew,
    /// Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, U+0250-U+08FF) is UTF-8 in
    /// a word of its own script, and alone (no letter either side: `Zone Δ`, `Ї`) unless
    /// Windows-1252 reads it as a word of one letter, `É`, `Ó`, `Ô`, `Ö` or `Ø`, before a
    /// quote or dash (`“Ó”` is `“Ӕ`); beside a Latin letter (a word of two scripts,
    /// `PERڻ`) it is a chance spelling. `ə` (U+0259) beside a Latin letter is
    /// Azerbaijani (`Tərtər`), which Windows-1252 would spell with `™`: UTF-8. A
    /// combining mark U+0300-U+036F is NFD text unless it is `Ì` or `Í` before a quote,
    /// dash, ellipsis, no-break space or guillemet (`SÌ”`). Latin letters and symbols
    /// (U+0080-U+024F: `IRMÃ”` is `IRMÔ`) and the Arabic letter mark U+061C (it stands
    /// alone around names and ids) are UTF-8: see docs/spec.md for that limit.
    static func chanceSpelling(_ p: UnsafePointer<UInt8>, _ length: Int, previous: UInt32, next: UInt32, beforePrevious: UInt32 = 0x0A) -> Bool {
        guard length == 2 || length == 3 else { return false }
        // A byte Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) is no
        // Windows-1252 text: `א` is D7 90, the Armenian comma D5 9D.
        for k in 1 ..< length where SingleByteDecoder.cp1252[Int(p[k]) - 0x80] == nil && p[k] < 0xA0 { return false }
        if length == 3 && !(p[0] == 0xE0 && p[1] <= 0xA3) {
            // A letter of a script of three-byte UTF-8 (CJK, Hangul, Indic, Thai,
            // Ethiopic...) is what Windows-1252 spells as a lower-case accented letter
            // and two signs (`terminé…”` is `termin酔`, review26 S4): beside a Latin
            // letter and with no letter of its script beside it, it does not decide; in
            // a word of its script (`Tokyo東京`), or alone, it is UTF-8.
            let s3 = scalar(p, 3)
            let own = script(s3)
            // Letters and vowel signs only: a format character of such a block (the
            // Mongolian vowel separator U+180E after `members`) is no word.
            guard own >= 13, let u = Unicode.Scalar(s3), u.properties.isAlphabetic else { return false }
            let left = script(previous), right = script(next)
            if left == own || right == own { return false }
            return left == 1 || right == 1
        }
        let s = scalar(p, length)
        if s < 0x250 || s == 0x61C || (s >= 0x2B0 && s < 0x300) { return false }
        if s < 0x370 {
            if s >= 0x300 {
                switch p[1] {
                case 0x85, 0x91 ... 0x94, 0x96, 0x97, 0xA0, 0xAB, 0xBB: return true
                default: return false
                }
            }
        }
        let own = script(s), left = script(previous), right = script(next)
        if s == 0x259 { return left != 1 && right != 1 }
        // Letters of African Latin orthographies (IPA block: Ewe and Dinka `ɛ`, Hausa
        // `ƴ`, `ɣ`, `ɲ`, `ʋ`, `ɩ`, `ʊ`) beside a Latin letter, where Windows-1252 would
        // spell `É` or `Ê` before `›`, `£`, `²`, `‹` and the like, no text: UTF-8. Before
        // a quote, dash or `´` (`ɔ`, `ɖ`, `ɓ`, `ɗ` are `É”`, `É–`, `É“`, `É—`, as
        // `CAFÉ’S` spells) it still does not decide.
        if own == 2, left == 1 || right == 1, !isWindows1252Punctuation(p[1]), p[1] != 0xB4 { return false }
        // Between two lower-case Latin letters (`Agbɔdrafo`, `Kaɓa`, Hausa `Mazaɓar`,
        // `haɗa`, Ewe `kɔƒe`, `Giɖerɛ`), Windows-1252 would spell an upper-case `É` or `Ê`
        // and a quote or dash inside a lower-case word (`AgbÉ”drafo`), which no text
        // writes: UTF-8. With a capital beside it (`CAFÉ’S`, `JOSÉ–LUIS`, `CAFÉ’s`), or at
        // a word's start or end (`ɗan`, `Agbɔ`), it still does not decide.
        if own == 2, isLowercaseLatin(previous), isLowercaseLatin(next) { return false }
        // At a lower-case word's end (Ewe `Aŋlɔ`, `Agbɔ`; Windows-1252 `AgbÉ”`: a
        // capital after a lower-case letter), at its start (Hausa `ɗan sanda`, `ɓarayin`;
        // `É—an`: a lone capital, then a quote or dash glued to lower-case letters), or
        // after the one capital that starts a word and before a lower-case letter (Akan
        // `Kɔforidua`; `KÉ”foridua`: a word of two capitals glued by a quote or dash to
        // lower-case letters), Windows-1252 would spell what no text writes either:
        // UTF-8. `CAFÉ’s`, `RENÉ–marie` (two capitals before) and `Kɔ` alone (`KÉ”`, a
        // word of two capitals in quotes) still do not decide.
        if own == 2 {
            if isLowercaseLatin(previous) && script(next) == 0 { return false }
            if isLowercaseLatin(next) && (script(previous) == 0
                || (isUppercaseLatin(previous) && script(beforePrevious) == 0)) { return false }
        }
        // Punctuation of another script (the Arabic comma, semicolon and question mark,
        // Armenian and Hebrew signs) beside a Latin word, where Windows-1252 would spell
        // a capital before `Œ`, `›`, `Ÿ`, `‰` and the like, not a quote or dash:
        // `Iraq، Syria` is UTF-8.
        if length == 2, !isWindows1252Punctuation(p[1]), let u = Unicode.Scalar(s) {
            switch u.properties.generalCategory {
            case .otherPunctuation, .dashPunctuation, .initialPunctuation, .finalPunctuation, .openPunctuation, .closePunctuation: return false
            default: break
            }
        }
        if left == 1 || right == 1 { return true }
        // Alone (no letter of any script either side: `Zone Δ`, `Qazaqstan Қ`, `Ї`):
        // Windows-1252 would spell a word that starts with an upper-case accented letter
        // and goes on with a quote, dash, symbol or `Š`…`Ÿ` (`Î”`, `Òš`, `Ð‡`), which no
        // text writes but after a word of one letter: `É`, `Ó`, `Ô`, `Ö`, `Ø` (`“Ó”`),
        // still chance spellings. The others are UTF-8 (review19 D).
        if left == 0 && right == 0 && length == 2 {
            // ... and only before a quote, dash or the like: `Ø¹` (`ع`), `Ô±` (`Ա`) is
            // no word.
            switch p[0] {
            case 0xC9, 0xD3, 0xD4, 0xD6, 0xD8: return isWindows1252Punctuation(p[1])
            default: return false
            }
        }
        return left != own && right != own
    }

    /// Whether `c` is a lower-case Latin letter (`a`-`z`, `ß`-`ÿ` but `÷`, and the
    /// lower-case letters of Latin Extended-A and -B and Extended Additional: `ŋ`, `ƒ`).
    @inline(__always)
    static func isLowercaseLatin(_ c: UInt32) -> Bool {
        if c >= 0x61 && c <= 0x7A { return true }
        guard c >= 0xDF, c != 0xF7, script(c) == 1, let u = Unicode.Scalar(c) else { return false }
        return u.properties.isLowercase
    }

    /// Whether `c` is an upper-case Latin letter (`A`-`Z`, `À`-`Þ` but `×`, and the
    /// capitals of Latin Extended-A and -B and Extended Additional: `Ŋ`, `Ɗ`, `Ɔ`).
    @inline(__always)
    static func isUppercaseLatin(_ c: UInt32) -> Bool {
        if c >= 0x41 && c <= 0x5A { return true }
        guard c >= 0xC0, script(c) == 1, let u = Unicode.Scalar(c) else { return false }
        return u.properties.isUppercase
    }

    /// Whether `b` (0x80-0xBF) is, in Windows-1252, what text writes after a word: an
    /// ellipsis, a quote, an en or em dash, a no-break space or a guillemet.
    @inline(__always)
    static func isWindows1252Punctuation(_ b: UInt8) -> Bool {
        switch b {
        case 0x85, 0x91 ... 0x94, 0x96, 0x97, 0xA0, 0xAB, 0xBB: return true
        default: return false
        }
    }

    /// Whether the valid UTF-8 sequence of two bytes at `p`, between `previous` and
    /// `next` (`beforePrevious` the character before `previous`), is Windows-1252 text:
    /// an upper-case accented letter ending a word of capitals, or `ß` ending a Latin
    /// word, before a quote, dash, ellipsis, no-break space or guillemet (`PIÙ…`,
    /// `PERÚ»`, `GRÖ”`, `Groß–Gerau`, `WEIß…`), or a capital alone before a dash and a
    /// capital (`Ö–Zone`). Read as UTF-8 it is a letter or mark of N'Ko, Arabic, Hebrew,
    /// Syriac, Thaana or Armenian inside a Latin word, which no text writes.
    ///
    /// Only in those places: a capital after a lower-case letter (`AleppoÙ…` is UTF-8
    /// `Aleppoم`), a capital before a lower-case letter, or alone before an ellipsis or
    /// a quote and a letter (`Ù…Aleppo`, `مAleppo`) is no Windows-1252 text either, and
    /// a letter with a letter of its own script beside it is a word of that script glued
    /// to a Latin one (`breakمقتل`, `ISISداعش`): those do not decide here (review26 S3:
    /// `مAleppo` and `Aleppoم` had been read as Windows-1252 `Ù…Aleppo`, silently).
    ///
    /// `É` (0xC9) counts only after two capitals and before no lower-case letter, and
    /// only before an ellipsis, `»`, `’`, a no-break space or a dash and a capital
    /// (`TUÉ…`, `BLESSÉ…`, `MARCHÉ»`, `CAFÉ’S`, `JOSÉ–LUIS`, review26 S4: `TUÉ…` had been
    /// read as UTF-8 `TUɅ`): its UTF-8 readings U+0240–U+027F are lower-case letters,
    /// some of African Latin orthographies (Ewe `ɖ`, Hausa `ɓ` `ɗ`, Akan and Dinka
    /// `ɔ`), which a word of capitals may still be typed with (`AGBɔ`): before an
    /// opening quote or `”` (`ɓ`, `ɔ`) or a dash before no capital (`ɖ`, `ɗ`) the
    /// Windows-1252 reading is no likelier, and it does not decide here (issue 11).
    /// Not where the UTF-8 reading is
    /// Cyrillic or Greek (leads 0xCE-0xD4: `Î`, `Ï`, `Ð`-`Ô`), which a Latin word may
    /// hold as a look-alike (`ESPAÑ–` is `ESPAі`), nor a combining mark (0xCC, 0xCD: see
    /// `chanceSpelling`), nor `Ê` (0xCA: U+02BB, the ʻokina of Uzbek `Oʻzbekiston`, is
    /// `Ê»`), nor `×` (0xD7, no letter): those stay chance spellings, or UTF-8.
    static func windows1252Word(_ p: UnsafePointer<UInt8>, _ length: Int, previous: UInt32, next: UInt32, beforePrevious: UInt32 = 0) -> Bool {
        guard length == 2, isWindows1252Punctuation(p[1]) else { return false }
        let own = script(scalar(p, 2))
        if own > 2 && (script(previous) == own || script(next) == own) { return false }
        let dash = p[1] == 0x96 || p[1] == 0x97
        switch p[0] {
        case 0xDF:
            // `ß` ends a Latin word of either case (`Groß`, `WEIß`).
            return script(previous) == 1 && (dash || !isLowercaseLatin(next))
        case 0xC9:
            // Only before what Windows-1252 text writes after a word: an ellipsis or a
            // closing guillemet, then no letter (`TUÉ…`, `MARCHÉ»`), an apostrophe
            // (`CAFÉ’S`), a no-break space, or a dash joining the next word of capitals
            // (`JOSÉ–LUIS`). An opening quote or guillemet glued to a word's end (`É‘`,
            // `É“`, `É«`: UTF-8 `ɑ`, Hausa `ɓ`, `ɫ`), a closing double quote with no
            // opening one before it (`É”`, Ewe and Akan `ɔ`: `quoteGluedToALetter`), or a
            // dash before no capital (`TUÉ– `, `TUÉ—,`, `TUÉ–2`: UTF-8 a word of capitals
            // ending in Ewe `ɖ` or Hausa `ɗ`) is no likelier than the UTF-8 reading, and
            // does not decide here (issue 11: UTF-8 `AGBɔ` had been read as `AGBÉ”`).
            switch p[1] {
            case 0x85, 0xBB: guard script(next) == 0 else { return false }
            case 0x92, 0xA0: break
            case 0x96, 0x97: guard isUpperLatin(next) else { return false }
            default: return false
            }
            return isUpperLatin(previous) && isUpperLatin(beforePrevious) && !isLowercaseLatin(next) && script(next) < 2
        case 0xD5, 0xD6, 0xD8 ... 0xDE:
            if isUpperLatin(previous) { return !isLowercaseLatin(next) && script(next) < 2 }
            return dash && script(previous) == 0 && isUpperLatin(next)
        default:
            return false
        }
    }

    /// A capital of Windows-1252's Latin letters (A-Z, À-Þ but ×).
    @inline(__always)
    static func isUpperLatin(_ c: UInt32) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0xC0 && c <= 0xDE && c != 0xD7)
    }

    /// The refusal of text whose encoding `evidence` could not settle: names the
    /// character both ways and the option that settles it.
    /// `mixedScript`: the message for the field the bytes lie in when it mixes scripts
    /// (``MixedScript``), which then comes first.
    static func undecidedMessage(_ p: UnsafePointer<UInt8>, _ n: Int, place: String, mixedScript: String? = nil) -> String {
        let length = p[0] >= 0xE0 ? 3 : 2
        let bytes = Array(UnsafeBufferPointer(start: p, count: min(n, length)))
        if let mixedScript { return mixedScript }
        let utf8 = String(decoding: bytes, as: UTF8.self)
        let scalar = utf8.unicodeScalars.first.map { $0.value } ?? 0
        let script: String
        switch scalar {
        case 0x0300 ... 0x036F: script = "a combining mark"
        default:
            let names = ["", "Latin", "IPA", "Greek", "Cyrillic", "Armenian", "Hebrew", "Arabic", "Syriac", "Thaana", "N'Ko", "Samaritan", "Mandaic"]
            let id = Int(UndecidedEncodingSource.script(scalar))
            script = id < names.count ? names[id] : id == 35 ? "CJK" : id == 28 ? "Hangul" : "a letter of another script"
        }
        let cp1252 = String(decoding: bytes.flatMap { b -> [UInt8] in
            let scalar = SingleByteDecoder.cp1252[Int(b) - 0x80] ?? UInt32(b)
            return Array(String(Unicode.Scalar(scalar)!).utf8)
        }, as: UTF8.self)
        let hex = bytes.map { String($0, radix: 16, uppercase: true) }.joined(separator: " ")
        return "\(place): the bytes \(hex) are \"\(utf8)\" (\(script)) in UTF-8 and \"\(cp1252)\" in Windows-1252, and no other text "
            + "before or near them tells which encoding the file is in (a letter of that kind alone or beside Latin letters, outside a word of its script, "
            + "is what Windows-1252 text spells by chance): give --encoding utf-8 or --encoding windows-1252"
    }

    /// The refusal of text whose first letter above ASCII `quoteGluedToALetter` takes as
    /// UTF-8 (the two bytes at `p`) but that has a byte after it that is not UTF-8.
    static func quotedThenWindows1252Message(_ p: UnsafePointer<UInt8>, place: String) -> String {
        let bytes = [p[0], p[1]]
        let cp1252 = String(decoding: bytes.flatMap { b -> [UInt8] in
            Array(String(Unicode.Scalar(SingleByteDecoder.cp1252[Int(b) - 0x80] ?? UInt32(b))!).utf8)
        }, as: UTF8.self)
        let hex = bytes.map { String($0, radix: 16, uppercase: true) }.joined(separator: " ")
        return "\(place): the bytes \(hex) are \"\(String(decoding: bytes, as: UTF8.self))\" (IPA) in UTF-8 and \"\(cp1252)\" in Windows-1252 "
            + "(a quote with no opening one before it), and a byte after them is not UTF-8: the file is Windows-1252, or UTF-8 with "
            + "Windows-1252 text pasted in; give --encoding windows-1252 or --encoding utf-8 (which then names the first line that is not UTF-8)"
    }

    /// Whether a valid UTF-8 sequence starts at `p` (`n` bytes available) that is text
    /// a file would hold, `previous` being the character before it as read so far. A
    /// sequence Windows-1252 spells by chance (`chanceSpelling`: `PERÚ»`, `MURIÓ”`,
    /// `Straß“`) is not taken as UTF-8, and such a file is Windows-1252 throughout, not
    /// two encodings; a letter in a word of its script is.
    static func startsUTF8(_ p: UnsafePointer<UInt8>, _ n: Int, previous: UInt32, beforePrevious: UInt32 = 0) -> Bool {
        let b = p[0]
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        guard length > 1, length <= n, firstTextProblem(p, length) == nil else { return false }
        let next = nextCharacter(p + length, n - length)
        if windows1252Word(p, length, previous: previous, next: next, beforePrevious: beforePrevious) { return false }
        return !chanceSpelling(p, length, previous: previous, next: next, beforePrevious: beforePrevious)
    }
}
