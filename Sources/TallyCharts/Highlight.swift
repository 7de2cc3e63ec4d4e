/// `--highlight NAME` (issue 13, item 8): one or a few bars or lines in the theme's
/// accent colour, the rest in grey, so a chart about one place says so at a glance.
///
/// Names are matched as a reader types them: without case, either the whole printed
/// label ("Balkh (Afghanistan)") or the name before its parents ("Balkh"). A name that
/// matches nothing is an error listing the nearest names, never a chart that silently
/// highlights nothing.
public enum Highlight {
    /// The indices of `labels` that `wanted` names, or why it names none (or several).
    /// - Parameter suffix: the suffix stripped from every label: typed with it, a name
    ///   still matches ("Idlib Governorate" names "Idlib").
    public static func match(_ wanted: String, in labels: [String], suffix: SharedSuffix? = nil) -> Result<[Int], HighlightError> {
        let key = fold(suffix.map { $0.strip(wanted) } ?? wanted)
        let plain = labels.map { fold(AltText.plain($0)) }
        if let exact = plain.firstIndex(of: key) { return .success([exact]) }
        let named = plain.indices.filter { plain[$0].hasPrefix(key + " (") }
        if named.count == 1 { return .success(named) }
        if named.count > 1 {
            return .failure(HighlightError(name: wanted, reason: "names \(named.count) of them: "
                + named.map { quoted(AltText.plain(labels[$0])) }.joined(separator: ", ") + "; give the whole name"))
        }
        let near = nearMatches(key, plain).map { quoted(AltText.plain(labels[$0])) }
        let reason = near.isEmpty
            ? "is not one of the chart's \(labels.count) names (" + labels.prefix(8).map { quoted(AltText.plain($0)) }.joined(separator: ", ")
                + (labels.count > 8 ? ", …" : "") + ")"
            : "is not in the chart; did you mean " + near.joined(separator: " or ") + "?"
        return .failure(HighlightError(name: wanted, reason: reason))
    }

    /// Every name in `wanted` resolved to the labels it names.
    /// - Parameters:
    ///   - labels: the names drawn.
    ///   - all: every name the data has, drawn or not (groups past `--top`); a name
    ///     found only there is refused with `notDrawn(label, rank)` as the reason (rank
    ///     counted from 1 in `all`), which says how to draw it, rather than "not in
    ///     the chart" about a place the reader knows is in the data.
    public static func labels(_ wanted: [String], in labels: [String], all: [String]? = nil, suffix: SharedSuffix? = nil,
                              notDrawn: (String, Int) -> String = { _, _ in "is not drawn" })
        -> Result<Set<String>, HighlightError> {
        var out: Set<String> = []
        for w in wanted {
            switch match(w, in: labels, suffix: suffix) {
            case let .success(indices): for i in indices { out.insert(labels[i]) }
            case let .failure(e):
                if let all, case let .success(found) = match(w, in: all, suffix: suffix), found.count == 1 {
                    return .failure(HighlightError(name: w, reason: notDrawn(AltText.plain(all[found[0]]), found[0] + 1)))
                }
                return .failure(e)
            }
        }
        return .success(out)
    }

    /// One name resolved to the one label it names (an annotation points at one bar or
    /// line, so a name matching several is refused like one matching none).
    public static func label(_ wanted: String, in labels: [String], all: [String]? = nil, suffix: SharedSuffix? = nil,
                             notDrawn: (String, Int) -> String = { _, _ in "is not drawn" }) -> Result<String, HighlightError> {
        switch self.labels([wanted], in: labels, all: all, suffix: suffix, notDrawn: notDrawn) {
        case let .success(set): return .success(set.first!)
        case let .failure(e): return .failure(e)
        }
    }

    /// Up to five names containing the text, or within a few edits of it.
    static func nearMatches(_ key: String, _ names: [String]) -> [Int] {
        let limit = max(2, key.count / 4)
        let scored = names.indices.compactMap { i -> (Int, Int)? in
            if names[i].contains(key) || (!names[i].isEmpty && key.contains(names[i])) { return (0, i) }
            let name = names[i].split(separator: " (").first.map(String.init) ?? names[i]
            // "idleb" against "idlib governorate": compare as many words as were typed.
            let words = name.split(separator: " ").prefix(key.split(separator: " ").count).joined(separator: " ")
            // "raqah" against "ar raqqah": a single typed word against each word.
            let each = key.contains(" ") ? limit + 1
                : name.split(separator: " ").map { distance(key, String($0), limit: limit) }.min() ?? limit + 1
            let d = min(distance(key, name, limit: limit), distance(key, names[i], limit: limit),
                        distance(key, words, limit: limit), each)
            return d <= limit ? (d, i) : nil
        }
        return scored.sorted { $0 < $1 }.prefix(5).map(\.1)
    }

    /// Levenshtein distance, stopped early past `limit`.
    static func distance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a), y = Array(b)
        if abs(x.count - y.count) > limit { return limit + 1 }
        var row = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var previous = row[0]
            row[0] = i
            var best = row[0]
            for j in stride(from: 1, through: y.count, by: 1) {
                let old = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (x[i - 1] == y[j - 1] ? 0 : 1))
                previous = old
                best = min(best, row[j])
            }
            if best > limit { return limit + 1 }
        }
        return x.isEmpty ? y.count : row[y.count]
    }

    /// A name as compared: plain, without case, a joint region as labels write it
    /// ("iraq;syria" is "iraq and syria (joint)").
    static func fold(_ s: String) -> String { AltText.plain(JointRegion.words(s, locale: .english)).lowercased() }
    static func quoted(_ s: String) -> String { "\"" + s + "\"" }
}

/// A `--highlight` name that names no bar or line.
public struct HighlightError: Error, Equatable, Sendable, CustomStringConvertible {
    public let name: String
    public let reason: String
    public var description: String { "\"\(name)\" " + reason }
}
