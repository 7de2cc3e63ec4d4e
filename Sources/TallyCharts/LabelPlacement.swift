/// Places labels along one axis without overlap, each as close to its wish as possible.
///
/// Used for direct labels at line ends, where two series ending at similar values would
/// otherwise print their names on top of each other. The algorithm sorts by the wanted
/// position, pushes each label past its predecessor, then pushes back from the far
/// bound: O(n log n), and stable for equal wishes (input order breaks ties).
public enum LabelPlacement {
    /// - Parameters:
    ///   - wanted: the desired centre of each label.
    ///   - sizes: each label's extent along the axis.
    ///   - bounds: the span every label must stay inside.
    ///   - gap: minimum free space between neighbours.
    /// - Returns: the centres, in input order, or `nil` when the labels cannot all fit.
    public static func resolve(wanted: [Double], sizes: [Double], bounds: (Double, Double),
                               gap: Double = 2) -> [Double]? {
        precondition(wanted.count == sizes.count)
        let total = sizes.reduce(0, +) + gap * Double(max(0, sizes.count - 1))
        guard total <= bounds.1 - bounds.0 + 0.0001 else { return nil }
        let order = wanted.indices.sorted { (wanted[$0], $0) < (wanted[$1], $1) }
        var starts = Array(repeating: 0.0, count: wanted.count)
        var cursor = bounds.0
        for i in order {
            let start = max(wanted[i] - sizes[i] / 2, cursor)
            starts[i] = start
            cursor = start + sizes[i] + gap
        }
        var limit = bounds.1
        for i in order.reversed() {
            if starts[i] + sizes[i] > limit { starts[i] = limit - sizes[i] }
            limit = starts[i] - gap
        }
        return starts.indices.map { starts[$0] + sizes[$0] / 2 }
    }

    /// Assigns each box (given left-to-right wishes) to the first row where it overlaps
    /// nothing already placed; returns the row of each. Used for annotation texts.
    public static func rows(for spans: [(start: Double, end: Double)], gap: Double = 8) -> [Int] {
        var rowEnds: [[(Double, Double)]] = []
        var out: [Int] = []
        for span in spans {
            var row = 0
            while row < rowEnds.count,
                  rowEnds[row].contains(where: { span.start < $0.1 + gap && $0.0 < span.end + gap }) {
                row += 1
            }
            if row == rowEnds.count { rowEnds.append([]) }
            rowEnds[row].append((span.start, span.end))
            out.append(row)
        }
        return out
    }

    /// Breaks text at spaces into at most `maxLines` lines of `width`; what still does
    /// not fit ends the last line with "…". A long headline wraps, as it would in print,
    /// instead of losing its end.
    ///
    /// Stops measuring once the last line is reached, so a 100,000-character title costs
    /// a few measurements of its first lines, not one per word.
    public static func wrap(_ text: String, toWidth width: Double, font: Font, canvas: Canvas, maxLines: Int) -> [String] {
        if maxLines <= 1 || canvas.measure(text, font: font).width <= width {
            return [truncate(text, toWidth: width, font: font, canvas: canvas)]
        }
        let words = text.split(separator: " ")
        var lines: [String] = []
        var current = ""
        var index = 0
        while index < words.count {
            if lines.count == maxLines - 1 {
                // The last line takes the rest, joined as the words were.
                current = words[index...].joined(separator: " ")
                break
            }
            let word = words[index]
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if current.isEmpty || canvas.measure(candidate, font: font).width <= width {
                current = candidate
                index += 1
            } else {
                lines.append(current)
                current = ""
            }
        }
        lines.append(current)
        return lines.map { truncate($0, toWidth: width, font: font, canvas: canvas) }
    }

    /// Shortens `text` with an ellipsis until it fits `width`; names of armed groups can
    /// run to eighty characters and must not push the plot off the canvas.
    ///
    /// The cut is found by a galloping then binary search over character counts, so a
    /// label of n characters shortened to k costs one measurement of the whole label and
    /// O(log k) measurements of prefixes: a 100,000-character name is as quick as a short
    /// one. (Widths of prefixes grow with their length; where kerning or shaping makes
    /// them dip, the search still returns a prefix that fits.)
    public static func truncate(_ text: String, toWidth width: Double, font: Font, canvas: Canvas) -> String {
        if canvas.measure(text, font: font).width <= width { return text }
        let chars = Array(text)
        func candidate(_ n: Int) -> String { String(chars[..<n]).trimmingTrailingSpaces() + "…" }
        let n = longestFittingPrefix(upTo: chars.count - 1) {
            canvas.measure(candidate($0), font: font).width <= width
        }
        return n == 0 ? "…" : candidate(n)
    }

    /// The largest `n` in `1...limit` for which `fits(n)` holds, assuming `fits` holds up
    /// to some point and fails after it; 0 when `fits(1)` fails. Gallops from `guess`
    /// (up: guess+1, +2, +4, …; or down the same way when the guess does not fit) and then
    /// halves the last gap: O(log d) calls for an answer d away from the guess. Cutting a
    /// long word into lines passes the last line's length, so each line costs two or
    /// three measurements of about a line.
    public static func longestFittingPrefix(upTo limit: Int, near guess: Int = 1, fits: (Int) -> Bool) -> Int {
        guard limit >= 1 else { return 0 }
        var good: Int, bad: Int
        let start = min(max(guess, 1), limit)
        if fits(start) {
            good = start
            bad = limit + 1
            var step = 1
            while good < limit {
                let probe = min(limit, good + step)
                if fits(probe) { good = probe; step *= 2 } else { bad = probe; break }
            }
        } else {
            bad = start
            good = 0
            var step = 1
            while bad - step >= 1 {
                let probe = bad - step
                if fits(probe) { good = probe; break }
                bad = probe
                step *= 2
            }
        }
        while bad - good > 1 {
            let mid = good + (bad - good) / 2
            if fits(mid) { good = mid } else { bad = mid }
        }
        return good
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
