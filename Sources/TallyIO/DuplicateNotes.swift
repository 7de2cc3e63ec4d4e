import TallyCore

/// The words for what was read more than once, in one place: `aggregate`, `chart` and
/// `report` say them on standard error and `tally info` in its `duplicates:` field, from
/// the same ``DuplicateCounts`` (docs/aggregation.md, "The same event read twice").
extension IngestOutcome {
    /// The standard-error sentences (without the `tally: ` prefix), in this order: the
    /// inputs left out as copies of a file given earlier (``duplicateFiles``), events (or
    /// HDX HAPI rows) given by several files, rows repeated within one input, and rows
    /// without an id that repeat an earlier row byte for byte.
    public var duplicateNotes: [String] {
        duplicateFiles + duplicateCountNotes
    }

    /// ``duplicateNotes`` without the files left out.
    public var duplicateCountNotes: [String] {
        var lines: [String] = []
        let d = duplicates
        if d.dropped + d.replaced > 0 {
            let n = d.dropped + d.replaced
            lines.append("\(Self.grouped(n)) \(repeatedThings(n)) read more than once (same id in several files) counted once: "
                         + "\(Self.grouped(d.dropped)) identical dropped, \(Self.grouped(d.replaced)) replaced by the figures of the file given later")
        }
        if d.withinFile > 0 {
            lines.append("\(Self.grouped(d.withinFile)) row\(d.withinFile == 1 ? "" : "s") repeating an earlier row of the same input (same id, same contents: a page saved twice, overlapping pages) counted once")
        }
        if let same = d.sameRowsSentence { lines.append(same) }
        if let across = d.acrossInputsSentence { lines.append(across) }
        if d.overlapLeftOut > 0 {
            let n = d.overlapLeftOut
            lines.append("\(Self.grouped(n)) row\(n == 1 ? "" : "s") left out (--overlap later): a file given later covers \(n == 1 ? "its" : "their") country, first-level place and day, and counts those dates")
        }
        if d.placelessKept > 0 {
            let n = d.placelessKept
            let figures = d.placelessKeptBest.sorted { $0.key < $1.key }.map { "\(Estimate.grouped($0.value)) \($0.key)" }.joined(separator: ", ")
            lines.append("\(Self.grouped(n)) row\(n == 1 ? "" : "s") naming no first-level place (\(figures)) kept though a file given later covers \(n == 1 ? "its" : "their") "
                         + "country and day (--overlap later): that file has no row of the country without a place, so it does not count events of unknown "
                         + "location (an extract of some places); if it is a re-export that gave those events a place, they are counted twice: cut the earlier "
                         + "file at a date instead of --overlap later")
        }
        return lines
    }

    /// `tally info`'s `duplicates:` field for one input (or the inputs of one outcome).
    public var duplicateSummary: String {
        let d = duplicates
        guard d.any else { return "none (no event id read twice)" }
        let across = d.dropped + d.replaced
        return [d.withinFile > 0 ? "\(Self.grouped(d.withinFile)) row\(d.withinFile == 1 ? "" : "s") repeating an earlier row of this input (same id and contents), counted once" : nil,
                d.sameRowsWithoutId > 0 ? (d.uncheckedWithoutId > 0 ? "at least " : "") + "\(Self.grouped(d.sameRowsWithoutId)) rows without an id "
                    + "repeating an earlier row of this input (the same record, however written), each counted as an event of its own" : nil,
                d.acrossInputsWithoutId > 0 ? (d.uncheckedWithoutId > 0 ? "at least " : "") + "\(Self.grouped(d.acrossInputsWithoutId)) rows without an id "
                    + "that are records of another input too, each counted as an event of its own" : nil,
                d.overlapLeftOut > 0 ? "\(Self.grouped(d.overlapLeftOut)) row\(d.overlapLeftOut == 1 ? "" : "s") left out on days a file given later covers (--overlap later)" : nil,
                across > 0 ? "\(Self.grouped(across)) \(files.contains { $0.schema == .hapiConflict } ? "events or HDX HAPI rows" : across == 1 ? "event" : "events") read twice: "
                    + "\(Self.grouped(d.dropped)) identical, \(Self.grouped(d.replaced)) with other figures" : nil]
            .compactMap { $0 }.joined(separator: "; ")
    }

    /// `tally info`'s `duplicates:` field for several inputs read together: what
    /// aggregating them in one run counts once.
    public var duplicateSummaryAcrossFiles: String {
        let d = duplicates
        let n = d.dropped + d.replaced
        let ids = n == 0 ? nil
            : "\(Self.grouped(n)) event\(n == 1 ? "" : "s") in more than one file, counted once: \(Self.grouped(d.dropped)) identical, \(Self.grouped(d.replaced)) with other figures (the file given later wins)"
        let m = d.acrossInputsWithoutId
        let rows = m == 0 ? nil
            : (d.uncheckedWithoutId > 0 ? "at least " : "") + "\(Self.grouped(m)) row\(m == 1 ? "" : "s") without an id in more than one file, each counted: "
                + d.sharedWithoutId.map { "\($0.first) and \($0.second) share \(Self.grouped($0.rows))" }.joined(separator: "; ")
        let left = d.overlapLeftOut == 0 ? nil
            : "\(Self.grouped(d.overlapLeftOut)) row\(d.overlapLeftOut == 1 ? "" : "s") left out on days a file given later covers (--overlap later)"
        if ids == nil && rows == nil && left == nil { return "none (no event id, and no record without one, in more than one file)" }
        return [ids, rows, left].compactMap { $0 }.joined(separator: "; ")
    }

    /// HDX HAPI's are rows as published (a month's count for a place), not events.
    private func repeatedThings(_ n: Int) -> String {
        let s = n == 1 ? "" : "s"
        guard files.contains(where: { $0.schema == .hapiConflict }) else { return "event" + s }
        return files.allSatisfy { $0.schema == .hapiConflict }
            ? "HDX HAPI row\(s) (place, admin level, event type and month)" : "event\(s) or HDX HAPI row\(s)"
    }

    static func grouped(_ n: Int) -> String { Estimate.grouped(Int64(n)) }
}

extension DuplicateCounts {
    /// Rows without an id that repeat an earlier record of their input (the same date,
    /// place, measure and figures as tally reads them): counted each time (two events
    /// may have the same figures), and said so, never silently.
    public var sameRowsSentence: String? {
        guard sameRowsWithoutId > 0 else { return nil }
        let n = sameRowsWithoutId
        return (uncheckedWithoutId > 0 ? "at least " : "") + "\(Estimate.grouped(Int64(n))) row\(n == 1 ? "" : "s") without an id "
            + "repeat\(n == 1 ? "s" : "") an earlier row of the same input (the same date, place, measure and figures, however quoted or spaced, and the same person named, if any), each counted as an event of its own "
            + "(two events can have the same date, place and figures); if they are copies (a file appended to itself, overlapping "
            + "exports joined with cat or >>), remove them (awk '!seen[$0]++' in.csv > out.csv removes copies byte for byte) or give the rows ids"
            + (uncheckedWithoutId > 0 ? " (the check keeps the first 1,572,864 rows of an input; \(Estimate.grouped(Int64(uncheckedWithoutId))) later ones were only compared with those)" : "")
    }

    /// Rows without an id of one input that are records of another input given with it
    /// (overlapping exports given as two files; an input whose every record is in another
    /// is refused): counted each time, and said, naming the inputs.
    public var acrossInputsSentence: String? {
        guard acrossInputsWithoutId > 0 else { return nil }
        let n = acrossInputsWithoutId
        let pairs = sharedWithoutId.map { "\($0.first) and \($0.second) share \(Estimate.grouped(Int64($0.rows)))" }.joined(separator: "; ")
        return (uncheckedWithoutId > 0 ? "at least " : "") + "\(Estimate.grouped(Int64(n))) row\(n == 1 ? "" : "s") without an id "
            + "\(n == 1 ? "is a record" : "are records") of another input too (the same date, place, measure and figures, and the same person named, if any"
            + (pairs.isEmpty ? "" : ": " + pairs) + "), each counted as an event of its own (two events can have the same date, place and figures); "
            + "if the inputs overlap (two exports of the same days), give --overlap later (the file given last counts the dates it covers), or one input per span of days, or give the rows ids (an event with an id is counted once)"
            + (uncheckedWithoutId > 0 ? " (the check keeps the first 1,572,864 rows of a run; \(Estimate.grouped(Int64(uncheckedWithoutId))) later ones were only compared with those)" : "")
    }
}
