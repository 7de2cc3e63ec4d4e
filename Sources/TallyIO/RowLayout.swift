import TallyCore

/// Where each column tally reads sits in a file, found from its header row.
///
/// Column order is free and unknown columns are ignored (SPEC §2), so each file gets
/// its own layout; several files with different column orders still form one dataset.
struct RowLayout {
    var names: [String]
    var dateStart = -1, dateEnd = -1
    var country = -1, adm1 = -1, adm2 = -1, actor = -1
    var measure = -1, low = -1, best = -1, high = -1, estimate = -1
    var source = -1
    /// Columns named in ``Grouping/extraColumns``.
    var extras: [Int] = []
    var fieldCount: Int { names.count }

    static let required = ["date_start", "country", "measure"]

    /// Maps a native-schema header (SPEC §2).
    init(header: [String], file: String, extraColumns: [String]) throws(TallyError) {
        names = header
        var seen = [String: Int]()
        for (i, raw) in header.enumerated() {
            let name = raw.trimmingSpaces
            if name.isEmpty { continue }
            if let j = seen[name] {
                throw .data("\(file):1: column '\(name)' appears twice in the header (columns \(j + 1) and \(i + 1))")
            }
            seen[name] = i
        }
        func col(_ n: String) -> Int { seen[n] ?? -1 }
        for r in RowLayout.required where col(r) < 0 {
            throw .data("\(file):1: missing required column '\(r)' (the header has: \(header.joined(separator: ",")))")
        }
        if col("best") < 0 && col("estimate") < 0 {
            throw .data("\(file):1: missing required column 'best' (or 'estimate' with estimate text)")
        }
        dateStart = col("date_start"); dateEnd = col("date_end")
        country = col("country"); adm1 = col("adm_1"); adm2 = col("adm_2"); actor = col("actor")
        measure = col("measure"); low = col("low"); best = col("best"); high = col("high")
        estimate = col("estimate"); source = col("source")
        for e in extraColumns {
            guard let i = seen[e] else {
                throw .usage("\(file): --by \(e): no such column (the header has: \(header.joined(separator: ",")))")
            }
            extras.append(i)
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\u{FEFF}" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
