/// A failure the user must see, with the sysexits code scripts branch on (SPEC §5).
///
/// Every error that reaches the command line is one of these: the message names the
/// file, line and column where there is one, and the exit code tells a cron job
/// whether to retry (I/O), alert (data) or fix its invocation (usage).
public struct TallyError: Error, Sendable, Equatable, CustomStringConvertible {
    public let exitCode: Int32
    public let message: String

    public init(exitCode: Int32, message: String) {
        self.exitCode = exitCode
        self.message = message
    }

    public var description: String { message }

    /// 64: the command line is wrong.
    public static func usage(_ m: String) -> TallyError { TallyError(exitCode: 64, message: m) }
    /// 65: the input data is wrong.
    public static func data(_ m: String) -> TallyError { TallyError(exitCode: 65, message: m) }
    /// 66: an input file is missing or unreadable.
    public static func noInput(_ m: String) -> TallyError { TallyError(exitCode: 66, message: m) }
    /// 73: an output file cannot be created.
    public static func cannotCreate(_ m: String) -> TallyError { TallyError(exitCode: 73, message: m) }
    /// 74: reading or writing failed part-way.
    public static func io(_ m: String) -> TallyError { TallyError(exitCode: 74, message: m) }
}

/// Keeps data out of messages beyond what locates the problem.
///
/// A message quotes the offending value, but a value can be a 500 KB field, a header
/// with 100,000 columns, or the first line of a file that was never CSV (a password
/// hash): each quoted value is cut to ``quotedBytes`` and the whole message to
/// ``totalBytes`` (its start and its end, where the hint is, are kept).
public enum MessageText {
    public static let quotedBytes = 80
    public static let totalBytes = 400

    /// `text` cut to at most `limit` bytes on a character boundary, with `…` when cut.
    public static func excerpt(_ text: String, limit: Int = quotedBytes) -> String {
        guard text.utf8.count > limit else { return text }
        var out = ""
        var bytes = 0
        for c in text {
            let n = c.utf8.count
            if bytes + n > limit { break }
            out.append(c)
            bytes += n
        }
        return out + "… (\(text.utf8.count) bytes)"
    }

    /// audit9 F4: names listed in a message (`the measures present are: …`), each cut
    /// to ``quotedBytes`` and at most `limit` of them, then how many more: 200 measures of
    /// a file gave a 50,966-byte message where README promises a few hundred bytes.
    public static func list(_ names: [String], limit: Int = 12, bytes: Int = 240) -> String {
        // At most `limit` names and about `bytes` of them (audit9b F4b: twelve names of 80
        // bytes made a 1,278-byte message, against 400 in all): a first name always.
        var shown: [String] = []
        var used = 0
        for n in names.prefix(limit) {
            let e = excerpt(n)
            if !shown.isEmpty && used + e.utf8.count + 2 > bytes { break }
            shown.append(e)
            used += e.utf8.count + 2
        }
        let text = shown.joined(separator: ", ")
        return names.count > shown.count ? text + " and \(names.count - shown.count) more (tally info lists them)" : text
    }

    /// `message` with every word (a run without spaces or line feeds) longer than
    /// ``quotedBytes`` cut to that with `… (N bytes)`. Argument errors quote the
    /// argument whole (`Unknown option '--xxxx…'`, `--by xxxx…`): a 100 KB argument
    /// from a script gave a 100 KB message. The rest of the message, usage lines
    /// included, is kept as it is.
    public static func boundingWords(_ message: String, limit: Int = quotedBytes) -> String {
        guard message.utf8.count > limit else { return message }
        var out = ""
        var word = ""
        func flush() {
            out += word.utf8.count > limit ? excerpt(word, limit: limit) : word
            word = ""
        }
        for c in message {
            if c == " " || c == "\n" || c == "\t" {
                flush()
                out.append(c)
            } else {
                word.append(c)
            }
        }
        flush()
        return out
    }

    /// `message` with every `"quoted"` part excerpted, then at most ``totalBytes``.
    public static func limited(_ message: String) -> String {
        guard message.utf8.count > quotedBytes else { return message }
        var parts = message.split(separator: "\"", omittingEmptySubsequences: false).map(String.init)
        var i = 1
        while i < parts.count - 1 {
            parts[i] = excerpt(parts[i])
            i += 2
        }
        let joined = parts.joined(separator: "\"")
        guard joined.utf8.count > totalBytes else { return joined }
        let head = excerpt(joined, limit: totalBytes * 3 / 4)
        let cut = head.lastIndex(of: "…") ?? head.endIndex
        var tail = ""
        var bytes = 0
        for c in joined.reversed() {
            bytes += c.utf8.count
            if bytes > totalBytes / 4 { break }
            tail.insert(c, at: tail.startIndex)
        }
        return String(head[..<cut]) + " […] " + tail
    }
}
