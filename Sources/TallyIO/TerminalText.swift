/// Text from the data made safe to show on a terminal.
///
/// A name in a CSV file can hold anything: `ESC ]0;…` sets the terminal's title, other
/// escape sequences move the cursor or recolour the screen, `\r` lets a later part of a
/// line overwrite an earlier one, and bidi overrides reorder what is shown (`U+202E`
/// makes `5,000` read `000,5`). What tally writes for a person at a terminal (the table
/// format, `tally info`, `tally estimate`'s table, every message on standard error)
/// shows such characters as visible escapes instead (`\u{1B}`), so the screen shows
/// what the data holds. CSV and JSON outputs are data for programs and keep the bytes
/// exactly (JSON escapes controls as JSON does).
public enum TerminalText {
    /// Characters shown as escapes: C0 controls, DEL and C1 controls; the bidi
    /// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and marks
    /// (U+200E, U+200F, U+061C); the line and paragraph separators U+2028, U+2029.
    /// The same set a report `name` may not contain.
    public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00 ... 0x1F, 0x7F ... 0x9F: true            // controls: newline, tab, escape, NEL
        case 0x061C, 0x200E, 0x200F: true                 // ALM, LRM, RLM
        case 0x202A ... 0x202E: true                      // LRE, RLE, PDF, LRO, RLO
        case 0x2066 ... 0x2069: true                      // LRI, RLI, FSI, PDI
        case 0x2028, 0x2029: true                         // line and paragraph separators
        default: false
        }
    }

    /// `s` with every unsafe character written `\u{1B}` (hex, upper case, as in Swift
    /// source). With `keepingLineFeeds`, `\n` passes (messages of several lines).
    public static func escaped(_ s: String, keepingLineFeeds: Bool = false) -> String {
        func unsafe(_ c: Unicode.Scalar) -> Bool { isUnsafe(c) && !(keepingLineFeeds && c == "\n") }
        guard s.unicodeScalars.contains(where: unsafe) else { return s }
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            if unsafe(c) {
                out.append(contentsOf: "\\u{\(String(c.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(c)
            }
        }
        return String(out)
    }
}
