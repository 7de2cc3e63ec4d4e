import TallyIO
/// What may go into the names of the files a report writes.
///
/// Every file lands directly in `--out-dir` as `NAME-PERIOD[-ID].ext`, and the paths
/// are printed one a line for scripts. So the spec's `name` may not hold control or
/// bidirectional-override characters (a newline splits a path in two; U+202E shows
/// `gpj.exe` as `exe.jpg`), and a chart id made from a measure name (`killed/wounded`,
/// `../../x`) keeps only ASCII letters, digits, `-` and `_`.
public enum FileNames {
    /// The first character of `text` that has no place in a file name tally prints:
    /// C0 and C1 controls, DEL, the bidirectional marks, embeddings, overrides and
    /// isolates, and the Unicode line and paragraph separators.
    public static func unsafeScalar(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isUnsafe)
    }

    /// The characters a terminal would act on rather than show (``TerminalText``).
    static func isUnsafe(_ s: Unicode.Scalar) -> Bool { TerminalText.isUnsafe(s) }

    /// "a line feed (U+000A)", for messages.
    public static func describe(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let what: String = switch s.value {
        case 0x0A: "a line feed"
        case 0x0D: "a carriage return"
        case 0x09: "a tab"
        case 0x00 ... 0x1F, 0x7F ... 0x9F: "a control character"
        case 0x2028: "a line separator"
        case 0x2029: "a paragraph separator"
        default: "a bidirectional formatting character"
        }
        return "\(what) (\(code))"
    }

    /// The longest part of a chart id taken from a measure name.
    static let maximumMeasurePart = 48

    /// A measure name made safe for a file name: ASCII letters and digits, `-` and `_`
    /// kept, every other run of characters one `-`, at most 48 bytes. A name with no
    /// ASCII letter or digit (`قتلى`) becomes `measure-` and a hash of it, so distinct
    /// names stay apart.
    public static func chartID(_ measure: String) -> String {
        var out = ""
        for s in measure.unicodeScalars {
            let keep = ("a" ... "z").contains(s) || ("A" ... "Z").contains(s) || ("0" ... "9").contains(s) || s == "_"
            if keep {
                out.unicodeScalars.append(s)
            } else if !out.isEmpty && out.last != "-" {
                out.append("-")
            }
            if out.utf8.count >= maximumMeasurePart { break }
        }
        while out.last == "-" { out.removeLast() }
        if out.isEmpty {
            var h: UInt32 = 0x811c_9dc5
            for b in measure.utf8 { h = (h ^ UInt32(b)) &* 0x0100_0193 }
            let hex = String(h, radix: 16)
            out = "measure-" + String(repeating: "0", count: 8 - hex.count) + hex
        }
        return out
    }
}
