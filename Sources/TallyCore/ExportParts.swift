/// Which datasets are **parts of one export split by date** (one file a month, a year,
/// or 1,000-row pages of one query in date order): the coverage rule then takes the
/// days of all their records together, as for files declared one dataset
/// (`--one-dataset`, a spec's `path: [a.csv, b.csv]`), not only the days every part
/// covers (review29 S5: six monthly files marked every month partial).
///
/// Parts join when all of these hold (docs/aggregation.md, "parts of one export"):
/// - the same **shape**: schema, the same columns (names without letter case or the
///   spaces around them, in any order, unnamed columns aside), the same declared
///   source and the same reporting (continuous or not); tables tally wrote and
///   datasets of stocks alone have none and join nothing;
/// - their days **do not overlap**: sorted by first day, a part starts no earlier than
///   the last day the parts before it reach (they may share that one day: a page cut
///   inside a day). Parts of UCDP GED or ACLED (``Part/overlaps``) may overlap: their
///   ids are one system, so the id rule counts an event in two of them once and rows
///   of other ids are other events (pages of one query in any order, overlapping pulls);
///   two native files on the same days may be two monitors, and stay two datasets;
/// - they share a **country** when both name countries (two monitors of two countries
///   in one format stay two datasets).
///
/// Days between two parts that neither covers stay uncovered (``Group/gaps``: the
/// month of a missing file is never covered, so never drawn as a zero), unless the
/// silence is no longer than one both neighbours show inside themselves (a quiet 30 and
/// 31 January between a January file ending on the 29th and a February file).
public enum ExportParts {
    /// One dataset as the rule sees it.
    public struct Part: Sendable, Equatable {
        /// Its place among the datasets.
        public var index: Int
        /// What must be equal for parts of one export (schema, columns, declared source,
        /// reporting); `nil`: it joins nothing.
        public var shape: String?
        /// The first day a record starts on and the last day a record covers.
        public var first: Int32
        public var last: Int32
        /// The longest silence inside it: days no record covers between two records.
        public var longestQuiet: Int32
        /// The countries its records name (empty: not known).
        public var countries: Set<String>
        /// Whether it may overlap the days of another part: its events carry ids of one
        /// system across files (UCDP GED, ACLED), which the id rule counts once.
        public var overlaps: Bool

        public init(index: Int, shape: String?, first: Int32, last: Int32, longestQuiet: Int32, countries: Set<String>,
                    overlaps: Bool = false) {
            self.index = index; self.shape = shape; self.first = first; self.last = last
            self.longestQuiet = longestQuiet; self.countries = countries; self.overlaps = overlaps
        }

        /// From a dataset's record spans (start day to the last day each covers, as the
        /// coverage rule keeps them).
        public init?(index: Int, shape: String?, recordEnds: [Int32: Int32], countries: Set<String>, overlaps: Bool = false) {
            let days = recordEnds.keys.sorted()
            guard let start = days.first else { return nil }
            var reach = recordEnds[start]!, quiet: Int32 = 0
            for d in days.dropFirst() {
                if d &- reach &- 1 > quiet { quiet = d &- reach &- 1 }
                reach = max(reach, recordEnds[d]!)
            }
            self.init(index: index, shape: shape, first: start, last: reach, longestQuiet: quiet, countries: countries, overlaps: overlaps)
        }
    }

    /// Parts joined into one dataset: their indices in input order (the first names
    /// it), and the days between them that no part covers (ascending, disjoint).
    public struct Group: Sendable, Equatable {
        public var parts: [Int]
        public var gaps: [ClosedRange<CalendarDay>]
        public init(parts: [Int], gaps: [ClosedRange<CalendarDay>] = []) { self.parts = parts; self.gaps = gaps }
    }

    /// The groups of two parts or more, ordered by their first index. Parts in no group
    /// stay datasets of their own.
    public static func groups(_ parts: [Part]) -> [Group] {
        struct Open { var members: [Part]; var reach: Int32; var reachQuiet: Int32; var countries: Set<String>; var gaps: [ClosedRange<CalendarDay>] }
        var byShape: [String: [Part]] = [:]
        for p in parts { if let s = p.shape { byShape[s, default: []].append(p) } }
        var out: [Group] = []
        for (_, ps) in byShape where ps.count > 1 {
            var open: [Open] = []
            for p in ps.sorted(by: { ($0.first, $0.last, $0.index) < ($1.first, $1.last, $1.index) }) {
                let k = open.firstIndex { g in
                    (p.overlaps || p.first >= g.reach)
                        && (g.countries.isEmpty || p.countries.isEmpty || !g.countries.isDisjoint(with: p.countries))
                }
                guard let k else {
                    open.append(Open(members: [p], reach: p.last, reachQuiet: p.longestQuiet, countries: p.countries, gaps: []))
                    continue
                }
                let silence = p.first &- open[k].reach &- 1
                if silence > 0 && silence > min(open[k].reachQuiet, p.longestQuiet) {
                    open[k].gaps.append(CalendarDay(daysSinceEpoch: open[k].reach &+ 1) ... CalendarDay(daysSinceEpoch: p.first &- 1))
                }
                open[k].members.append(p)
                open[k].countries.formUnion(p.countries)
                if p.last > open[k].reach { open[k].reach = p.last; open[k].reachQuiet = p.longestQuiet }
            }
            for g in open where g.members.count > 1 { out.append(Group(parts: g.members.map(\.index).sorted(), gaps: g.gaps)) }
        }
        return out.sorted { $0.parts[0] < $1.parts[0] }
    }

    /// What notes call a dataset of several parts: `a.csv and b.csv`, `a.csv and 5 more
    /// files` (`noun`), by their names in input order.
    public static func name(_ names: [String], noun: String = "files") -> String {
        switch names.count {
        case 0: return ""
        case 1: return names[0]
        case 2: return names[0] + " and " + names[1]
        default: return names[0] + " and \(names.count - 1) more \(noun)"
        }
    }
}
