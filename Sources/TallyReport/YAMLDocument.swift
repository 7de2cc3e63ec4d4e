import TallyIO
import Yams

/// Reads one YAML document (a report spec or a style file) into a node tree, with
/// tally's one wording for what goes wrong.
///
/// Both kinds of file are checked the same way before Yams sees them (``SpecGuard``:
/// size, depth and alias limits) and fail the same way (exit 64, `file:line: not valid
/// YAML: …`), so they share this one reader instead of two copies that drift apart.
enum YAMLDocument {
    /// The byte-order mark editors on Windows put at the start of UTF-8 files. YAML 1.2
    /// allows it there; it is not part of the document.
    static let byteOrderMark: Unicode.Scalar = "\u{FEFF}"

    /// `text` without a leading byte-order mark.
    static func withoutByteOrderMark(_ text: String) -> Substring {
        text.unicodeScalars.first == byteOrderMark ? Substring(text.unicodeScalars.dropFirst()) : Substring(text)
    }

    /// The root node of `text`.
    /// - Parameters:
    ///   - file: the path, for messages.
    ///   - kind: what the file is, for messages ("report spec", "style file").
    static func compose(_ text: String, file: String, kind: String) throws(TallyError) -> Node {
        let body = String(withoutByteOrderMark(text))
        do {
            try SpecGuard.check(body.utf8, document: kind)
        } catch {
            throw TallyError.usage("\(file):\(error.line): \(error.message)")
        }
        do {
            guard let node = try Yams.compose(yaml: body) else { throw TallyError.usage("\(file): the \(kind) is empty") }
            return node
        } catch let e as TallyError {
            throw e
        } catch let e as YamlError {
            throw TallyError.usage("\(file):\(line(e)): not valid YAML: \(problem(e))")
        } catch {
            throw TallyError.usage("\(file): not valid YAML: \(error)")
        }
    }

    static func line(_ e: YamlError) -> Int {
        switch e {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): return mark.line
        case let .duplicatedKeysInMapping(_, context): return context.mark.line
        default: return 1
        }
    }

    static func problem(_ e: YamlError) -> String {
        switch e {
        case let .scanner(context, problem, _, _), let .parser(context, problem, _, _),
             let .composer(context, problem, _, _):
            return problem + (context.map { " (\($0.text))" } ?? "")
        case let .duplicatedKeysInMapping(duplicates, _):
            return "duplicate key " + duplicates.map { "'\($0)'" }.joined(separator: ", ")
        default:
            return String(describing: e).split(separator: "\n").first.map(String.init) ?? "unreadable"
        }
    }
}
