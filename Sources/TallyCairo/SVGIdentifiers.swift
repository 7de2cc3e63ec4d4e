/// Makes Cairo's SVG output reproducible within one process.
///
/// Cairo names the SVG's page group after a process-wide surface counter
/// (`id="surface395"`), so the second chart rendered in one process differs from the
/// first. Separate runs of the command already agree; renumbering the ids in order of
/// first appearance makes every rendering of the same chart byte-identical, which is
/// what tests and long-running callers rely on.
enum SVGIdentifiers {
    static let prefix = Array("surface".utf8)

    static func renumber(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var numbers: [ArraySlice<UInt8>: Int] = [:]
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            // An id or reference: `"surfaceN` or `#surfaceN`.
            if (b == UInt8(ascii: "\"") || b == UInt8(ascii: "#")), i + 1 + prefix.count < n,
               bytes[(i + 1)..<(i + 1 + prefix.count)].elementsEqual(prefix) {
                var j = i + 1 + prefix.count
                while j < n, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[j]) { j += 1 }
                if j > i + 1 + prefix.count {
                    let digits = bytes[(i + 1 + prefix.count)..<j]
                    let index = numbers[digits] ?? (numbers.count + 1)
                    numbers[digits] = index
                    out.append(b)
                    out.append(contentsOf: prefix)
                    out.append(contentsOf: String(index).utf8)
                    i = j
                    continue
                }
            }
            out.append(b)
            i += 1
        }
        return out
    }
}
