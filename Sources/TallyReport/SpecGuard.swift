/// Refuses hostile report specs before a YAML library expands them.
///
/// YAML anchors and aliases (`&a` and `*a`) let a few hundred bytes stand for billions
/// of nodes: ten nested aliases of ten each are 10^10 nodes, and a YAML composer that
/// hashes a mapping key built that way walks every one of them (the "billion laughs").
/// A report spec never needs them, so the guard refuses them outright, in one linear
/// pass over the text, together with specs that are absurdly large or deep.
///
/// The pass follows the YAML syntax far enough to know where a node may start: it
/// skips comments, quoted scalars and block scalars (`|`, `>`), and looks for `&` and
/// `*` only where a node's properties or an alias may stand: after indentation, `- `,
/// `? `, `: `, a tag, or a flow indicator. It errs on the side of refusing: a line of a
/// multi-line plain scalar that starts with `*` (markdown emphasis, say) is refused
/// with a message that says to quote the text.
public enum SpecGuard {
    /// A spec is a page of YAML; a megabyte is far beyond any real one.
    public static let maxBytes = 1 << 20
    /// Real specs nest four levels deep; YAML composers recurse once per level.
    public static let maxDepth = 64

    public struct Refusal: Error, Equatable, Sendable {
        /// 1-based line of the offending text.
        public let line: Int
        public let message: String
    }

    /// Throws at the first anchor, alias, or nesting past ``maxDepth``.
    /// - Parameter document: what the file is, for messages ("report spec", "style
    ///   file"): a style file refused as "a report spec" sends its editor to the wrong file.
    public static func check(_ bytes: some Collection<UInt8>, document: String = "report spec") throws(Refusal) {
        if bytes.count > maxBytes {
            throw Refusal(line: 1, message: "the \(document) is \(bytes.count) bytes; a \(document) may be at most \(maxBytes) bytes (1 MiB)")
        }
        var scanner = Scanner(Array(bytes), document: document)
        try scanner.run()
    }

    struct Scanner {
        let b: [UInt8]
        var i = 0
        var line = 1
        /// Open `[` and `{`.
        var flowDepth = 0
        /// Columns of the block collections that enclose the current line.
        var indents: [Int] = []
        /// The previous line ended inside a plain scalar whose block indentation is
        /// this column (`key: text` → the column of `key`); a following line indented
        /// past it (or any line inside a flow collection) continues the text.
        var openPlain: Int?

        /// What the file is, for messages.
        let document: String

        init(_ bytes: [UInt8], document: String) { b = bytes; self.document = document }

        static let space: UInt8 = 0x20, tab: UInt8 = 0x09, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        static let flowIndicators: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
                                                  UInt8(ascii: "{"), UInt8(ascii: "}")]

        func at(_ k: Int) -> UInt8? { k < b.count ? b[k] : nil }
        func isBlank(_ c: UInt8?) -> Bool { c == nil || c == Self.space || c == Self.tab || c == Self.lf || c == Self.cr }
        func isBreak(_ c: UInt8?) -> Bool { c == Self.lf || c == Self.cr }
        func isFlowIndicator(_ c: UInt8?) -> Bool { c.map { Self.flowIndicators.contains($0) } ?? false }

        func refuse(_ message: String) -> Refusal { Refusal(line: line, message: message) }

        /// Bytes since the start of the line holding `k`.
        func column(_ k: Int) -> Int {
            var s = k
            while s > 0, !isBreak(b[s - 1]) { s -= 1 }
            return k - s
        }

        mutating func newline() {
            if b[i] == Self.cr, at(i + 1) == Self.lf { i += 1 }
            i += 1
            line += 1
        }

        mutating func skipSpaces() {
            while let c = at(i), c == Self.space || c == Self.tab { i += 1 }
        }

        mutating func skipToLineEnd() {
            while let c = at(i), !isBreak(c) { i += 1 }
        }

        mutating func run() throws(Refusal) {
            if b.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
            while i < b.count { try lineStart() }
        }

        /// Pops the block collections a line starting at `col` has left, and returns
        /// the innermost one still open: the indentation a scalar on that line belongs to.
        mutating func leaveBlocks(to col: Int) -> Int {
            while let last = indents.last, last > col { indents.removeLast() }
            return indents.last ?? -1
        }

        /// A block collection (mapping or sequence) starts at `col`.
        mutating func enterBlock(_ col: Int) throws(Refusal) {
            guard flowDepth == 0 else { return }
            if indents.last.map({ $0 < col }) ?? true { indents.append(col) }
            if indents.count + flowDepth > maxDepth { throw depthRefusal() }
        }

        func depthRefusal() -> Refusal {
            refuse("the \(document) nests more than \(maxDepth) levels deep; real ones need four")
        }

        /// At the first byte of a line.
        mutating func lineStart() throws(Refusal) {
            let start = i
            skipSpaces()
            guard let c = at(i) else { return }
            if isBreak(c) { newline(); return }
            if c == UInt8(ascii: "#") { skipToLineEnd(); return }
            let col = i - start
            if let parent = openPlain, flowDepth > 0 || col > parent {
                // This line continues the previous line's plain text: nothing on it
                // starts a node until the text ends.
                try nodeRun(parent: parent, nodeStart: false)
                return
            }
            openPlain = nil
            if col == 0, c == UInt8(ascii: "%") { skipToLineEnd(); return }          // a directive
            if col == 0, hasMarker(i) {                                              // --- or ...
                let isEnd = b[i] == UInt8(ascii: ".")
                i += 3
                indents = []
                if isEnd { skipToLineEnd(); return }
                try nodeRun(parent: -1, nodeStart: true)
                return
            }
            let parent = flowDepth > 0 ? (indents.last ?? -1) : leaveBlocks(to: col)
            try nodeRun(parent: parent, nodeStart: true)
        }

        func hasMarker(_ k: Int) -> Bool {
            guard k + 2 < b.count else { return false }
            let c = b[k]
            guard c == UInt8(ascii: "-") || c == UInt8(ascii: "."), b[k + 1] == c, b[k + 2] == c else { return false }
            return isBlank(at(k + 3))
        }

        /// Scans the rest of a line (and any quoted or block scalar that continues past
        /// it), looking for anchors and aliases where a node may start.
        /// - Parameters:
        ///   - parent: the column of the innermost open block collection (YAML's
        ///     indentation level): a block scalar's content and a plain scalar's
        ///     continuation lines are indented past it.
        ///   - nodeStart: whether a node may start at the current position; false when
        ///     the line continues plain text.
        mutating func nodeRun(parent start: Int, nodeStart startsNode: Bool) throws(Refusal) {
            var parent = start
            var nodeStart = startsNode
            /// Column where the last scalar started, if it may be a block mapping key.
            var scalarColumn: Int?
            if !nodeStart {
                plain()
                if i >= b.count || isBreak(b[i]) { openPlain = parent }
            }
            while let c = at(i) {
                if isBreak(c) {
                    newline()
                    return
                }
                if c == Self.space || c == Self.tab { i += 1; continue }
                if c == UInt8(ascii: "#"), i == 0 || isBlank(b[i - 1]) {
                    openPlain = nil
                    skipToLineEnd()
                    continue
                }
                openPlain = nil
                if nodeStart {
                    switch c {
                    case UInt8(ascii: "&"), UInt8(ascii: "*"):
                        let kind = c == UInt8(ascii: "&") ? "anchor" : "alias"
                        var end = i + 1
                        while let d = at(end), !isBlank(d), !isFlowIndicator(d), end - i < 40 { end += 1 }
                        let name = String(decoding: b[i..<end], as: UTF8.self)
                        throw refuse("YAML \(kind) '\(name)': a \(document) may not use anchors or aliases (& and *), "
                                     + "which let a few bytes expand into billions of nodes; write each value out "
                                     + "(and put text that starts with & or * in quotes)")
                    case UInt8(ascii: "!"):                                  // a tag: the node follows
                        while let d = at(i), !isBlank(d), !(flowDepth > 0 && isFlowIndicator(d)) { i += 1 }
                        continue
                    case UInt8(ascii: "'"), UInt8(ascii: "\""):
                        scalarColumn = column(i)
                        quoted(c)
                        nodeStart = false
                        continue
                    case UInt8(ascii: "|"), UInt8(ascii: ">"):
                        guard flowDepth == 0 else { break }
                        skipToLineEnd()
                        if i < b.count { newline() }
                        blockScalar(parent: parent)
                        return
                    case UInt8(ascii: "?") where flowDepth > 0 && (isBlank(at(i + 1)) || isFlowIndicator(at(i + 1))):
                        // An explicit key inside a flow collection (`{? *a : 1}`).
                        i += 1
                        continue
                    case UInt8(ascii: "-"), UInt8(ascii: "?"):
                        guard flowDepth == 0, isBlank(at(i + 1)) else { break }
                        // A block sequence entry or complex key: a collection at this column.
                        parent = column(i)
                        try enterBlock(parent)
                        i += 1
                        continue
                    default:
                        break
                    }
                }
                if c == UInt8(ascii: "[") || c == UInt8(ascii: "{") {
                    flowDepth += 1
                    if flowDepth + indents.count > maxDepth { throw depthRefusal() }
                    scalarColumn = nil
                    i += 1; nodeStart = true; continue
                }
                if flowDepth > 0, c == UInt8(ascii: "]") || c == UInt8(ascii: "}") {
                    flowDepth -= 1
                    i += 1; nodeStart = false; continue
                }
                if flowDepth > 0, c == UInt8(ascii: ",") { i += 1; nodeStart = true; continue }
                if c == UInt8(ascii: ":"), isBlank(at(i + 1)) || flowDepth > 0 {
                    // A value follows (in flow context also right after the colon). In
                    // block context the key opened a mapping at its column.
                    if flowDepth == 0 {
                        parent = scalarColumn ?? column(i)
                        try enterBlock(parent)
                    }
                    scalarColumn = nil
                    i += 1; nodeStart = true; continue
                }
                if nodeStart { scalarColumn = column(i) }
                nodeStart = false
                plain()
                if i >= b.count || isBreak(b[i]) { openPlain = parent }
            }
        }

        /// Consumes plain text up to `: `, ` #`, the end of the line or, in flow
        /// context, a flow indicator.
        mutating func plain() {
            while let d = at(i), !isBreak(d) {
                if d == UInt8(ascii: ":"), isBlank(at(i + 1)) || (flowDepth > 0 && isFlowIndicator(at(i + 1))) { return }
                if d == UInt8(ascii: "#"), i > 0, isBlank(b[i - 1]) { return }
                if flowDepth > 0, isFlowIndicator(d) { return }
                i += 1
            }
        }

        /// A single- or double-quoted scalar, which may span lines.
        mutating func quoted(_ q: UInt8) {
            i += 1
            while let c = at(i) {
                if isBreak(c) { newline(); continue }
                if q == UInt8(ascii: "\""), c == UInt8(ascii: "\\") {
                    i += 1
                    if let e = at(i), isBreak(e) { newline() } else { i += 1 }
                    continue
                }
                if c == q {
                    if q == UInt8(ascii: "'"), at(i + 1) == q { i += 2; continue }
                    i += 1
                    return
                }
                i += 1
            }
        }

        /// Skips a block scalar's content: the lines indented at least as far as its
        /// first non-empty line, when that is past `parent`, and blank lines between.
        mutating func blockScalar(parent: Int) {
            var content: Int?
            while i < b.count {
                var k = i
                while let c = at(k), c == Self.space { k += 1 }
                let indent = k - i
                if k >= b.count { i = k; return }
                if allBlankToEnd(k) {
                    i = k; skipToLineEnd(); if i < b.count { newline() }
                    continue
                }
                if content == nil {
                    guard indent > parent else { return }
                    content = indent
                }
                guard indent >= content! else { return }
                i = k; skipToLineEnd(); if i < b.count { newline() }
            }
        }

        func allBlankToEnd(_ k: Int) -> Bool {
            var j = k
            while let c = at(j), !isBreak(c) {
                if c != Self.space && c != Self.tab { return false }
                j += 1
            }
            return true
        }
    }
}
