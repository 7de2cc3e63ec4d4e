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
