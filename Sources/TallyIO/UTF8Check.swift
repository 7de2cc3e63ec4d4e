/// Where a buffer stops being valid UTF-8 text, and why.
///
/// Every byte of an input file is checked, not just the fields that become keys: a
/// file with a stray Latin-1 byte in its notes column was exported wrongly, and a
/// journalist should hear about it before publishing figures from it. Pure ASCII runs
/// are skipped eight bytes at a time, so the check costs little on typical files.
struct TextProblem: Equatable {
    enum Kind: Equatable { case invalidUTF8, nulByte }
    let offset: Int
    let kind: Kind
}

func firstTextProblem(_ base: UnsafePointer<UInt8>, _ count: Int) -> TextProblem? {
    var i = 0
    let raw = UnsafeRawPointer(base)
    while i < count {
        // Fast path: 8 ASCII bytes with no NUL among them.
        if i + 8 <= count {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let hasHigh = w & 0x8080_8080_8080_8080
            let hasZero = (w &- 0x0101_0101_0101_0101) & ~w & 0x8080_8080_8080_8080
            if hasHigh == 0 && hasZero == 0 { i += 8; continue }
        }
        let b = base[i]
        if b == 0 { return TextProblem(offset: i, kind: .nulByte) }
        if b < 0x80 { i += 1; continue }
        // Two-byte sequences (accented Latin, Arabic, Cyrillic: most non-ASCII names):
        // a lead of C2…DF cannot be overlong or a surrogate, so one continuation byte
        // is all there is to check.
        if b >= 0xC2 && b <= 0xDF && i + 1 < count && base[i + 1] & 0xC0 == 0x80 { i += 2; continue }
        let need: Int
        let minCode: UInt32
        var code: UInt32
        switch b {
        case 0xC2 ... 0xDF: need = 1; code = UInt32(b & 0x1F); minCode = 0x80
        case 0xE0 ... 0xEF: need = 2; code = UInt32(b & 0x0F); minCode = 0x800
        case 0xF0 ... 0xF4: need = 3; code = UInt32(b & 0x07); minCode = 0x10000
        default: return TextProblem(offset: i, kind: .invalidUTF8)
        }
        guard i + need < count else { return TextProblem(offset: i, kind: .invalidUTF8) }
        for k in 1 ... need {
            let c = base[i + k]
            guard c & 0xC0 == 0x80 else { return TextProblem(offset: i, kind: .invalidUTF8) }
            code = code << 6 | UInt32(c & 0x3F)
        }
        if code < minCode || code > 0x10FFFF || (0xD800 ... 0xDFFF).contains(code) {
            return TextProblem(offset: i, kind: .invalidUTF8)
        }
        i += need + 1
    }
    return nil
}
