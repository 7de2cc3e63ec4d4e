/// A run of text in one style.
public struct StyledRun: Sendable, Equatable {
    public var text: String
    public var bold: Bool
    public var italic: Bool
    public init(_ text: String, bold: Bool = false, italic: Bool = false) {
        self.text = text; self.bold = bold; self.italic = italic
    }
}

/// A paragraph or a list item of the notes section.
public enum NoteBlock: Sendable, Equatable {
    case paragraph([StyledRun])
    case bullet([StyledRun])
}

/// The small part of Markdown that report notes need: paragraphs separated by blank
/// lines, bullet items (`- ` or `* `), `**strong**` and `*emphasis*` (or `_emphasis_`).
///
/// Notes are written by editors in a YAML file, not by developers; anything else
/// (headings, links, tables) prints as the characters typed rather than failing, so a
/// stray `#` never breaks a monthly run.
public enum MarkdownLite {
    public static func parse(_ text: String) -> [NoteBlock] {
        var blocks: [NoteBlock] = []
        var paragraph: [String] = []
        var bullet: [String]?

        func flush() {
            if let b = bullet { blocks.append(.bullet(inline(b.joined(separator: " ")))) }
            bullet = nil
            if !paragraph.isEmpty { blocks.append(.paragraph(inline(paragraph.joined(separator: " ")))) }
            paragraph = []
        }

        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw).trimmed
            if line.isEmpty { flush(); continue }
            if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("• ") {
                flush()
                bullet = [String(line.dropFirst(2)).trimmed]
            } else if bullet != nil {
                bullet!.append(line)
            } else {
                paragraph.append(line)
            }
        }
        flush()
        return blocks
    }

    /// Splits emphasis markers into runs. A marker only opens when a closing one
    /// follows, so `5 * 3` or a lone `_` stay literal.
    public static func inline(_ text: String) -> [StyledRun] {
        var runs: [StyledRun] = []
        var current = ""
        var bold = false
        var italic = false
        let chars = Array(text)
        var i = 0

        func emit() {
            if !current.isEmpty { runs.append(StyledRun(current, bold: bold, italic: italic)) }
            current = ""
        }
        func hasClosing(_ marker: [Character], after start: Int) -> Bool {
            var j = start
            while j + marker.count <= chars.count {
                if Array(chars[j ..< j + marker.count]) == marker { return j > start }
                j += 1
            }
            return false
        }

        while i < chars.count {
            let c = chars[i]
            if c == "*", i + 1 < chars.count, chars[i + 1] == "*" {
                if bold || hasClosing(["*", "*"], after: i + 2) {
                    emit(); bold.toggle(); i += 2; continue
                }
            } else if c == "*" || c == "_" {
                // `_` inside a word (snake_case measure names) is literal.
                let wordBefore = i > 0 && (chars[i - 1].isLetter || chars[i - 1].isNumber)
                let wordAfter = i + 1 < chars.count && (chars[i + 1].isLetter || chars[i + 1].isNumber)
                let inWord = c == "_" && wordBefore && wordAfter
                if !inWord && (italic ? true : (wordAfter && hasClosing([c], after: i + 1))) {
                    emit(); italic.toggle(); i += 1; continue
                }
            }
            current.append(c)
            i += 1
        }
        emit()
        return runs
    }
}
