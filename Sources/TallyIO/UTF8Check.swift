import CTallyScan

/// Where a buffer stops being valid UTF-8 text, and why.
///
/// Every byte of an input file is checked, not just the fields that become keys: a
/// file with a stray Latin-1 byte in its notes column was exported wrongly, and a
/// journalist should hear about it before publishing figures from it. Pure ASCII runs
/// are skipped 32 bytes at a time (CTallyScan), so the check costs little on typical files.
struct TextProblem: Equatable {
    enum Kind: Equatable { case invalidUTF8, nulByte }
    let offset: Int
    let kind: Kind
}

func firstTextProblem(_ base: UnsafePointer<UInt8>, _ count: Int) -> TextProblem? {
    var kind: Int32 = 0
    let offset = tally_first_text_problem(base, count, &kind)
    switch kind {
    case Int32(TALLY_TEXT_INVALID_UTF8): return TextProblem(offset: offset, kind: .invalidUTF8)
    case Int32(TALLY_TEXT_NUL): return TextProblem(offset: offset, kind: .nulByte)
    default: return nil
    }
}

/// What a byte that is not UTF-8 most likely is, for messages that say which
/// `--encoding` reads the file: Windows-1252 prints every byte but five of 0x80-0x9F
/// (curly quotes, dashes, €), where Latin-1 has only control characters, and the two
/// agree on 0xA0-0xFF (é, ô, ñ).
public enum LikelyEncoding {
    /// `byte 0xF4 ("ô" in Windows-1252 and Latin-1)`, or nil for a byte below 0x80.
    public static func byteText(_ b: UInt8) -> String {
        let hex = "0x" + String(b, radix: 16, uppercase: true)
        guard b >= 0x80 else { return "byte \(hex)" }
        guard let scalar = scalar(b) else { return "byte \(hex) (printed by neither Windows-1252 nor Latin-1)" }
        let shown = "\"\(String(Character(scalar)))\""
        return "byte \(hex) (\(shown) in Windows-1252\(b >= 0xA0 ? " and Latin-1" : ""))"
    }

    /// The encoding a byte points to, as the option that reads it; nil when the byte is
    /// text in neither (then it is no single-byte text encoding tally knows).
    public static func option(for b: UInt8) -> String? {
        scalar(b) == nil ? nil : "--encoding windows-1252"
    }

    static func scalar(_ b: UInt8) -> Unicode.Scalar? {
        guard b >= 0x80 else { return Unicode.Scalar(b) }
        if b >= 0xA0 { return Unicode.Scalar(UInt32(b)) }
        return SingleByteDecoder.cp1252[Int(b) - 0x80].flatMap(Unicode.Scalar.init)
    }
}
