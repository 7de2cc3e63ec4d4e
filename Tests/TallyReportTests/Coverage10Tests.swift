import Testing
import TallyCharts
import TallyCore
import TallyIO
import TallyTestSupport
@testable import TallyReport

/// coverage10 (issue 10 items 2 and 5, audit10 F10, F5, F9): stray rows at the end of a
/// continuous export, a declared `coverage:` over the records' silences, and the word
/// for a stock observed outside the flows' days.
@Suite struct Coverage10Tests {
    static func d(_ s: String) -> CalendarDay { CalendarDay(s)! }
    static let month = PeriodKind.month

    /// An ACLED-shaped export: two stray rows in May 2022, then a row a day from
    /// 1 January to 28 May 2023 (1 to 9 killed), and `more` rows after it.
    static func rows(_ more: [String] = []) -> [String] {
        var out = ["2022-05-10,Syria,Idlib,A,killed,3,3,3", "2022-05-20,Syria,Idlib,A,killed,3,3,3"]
        var day = d("2023-01-01"), i = 0
        while day <= d("2023-05-28") {
            let n = 1 + i % 9
            out.append("\(day),Syria,Idlib,A,killed,\(n),\(n),\(n)")
            day = day.adding(days: 1); i += 1
        }
        return out + more.map { "\($0),Syria,Idlib,A,killed,4,4,4" }
    }

    static func load(_ rows: [String], extra: String = "", folder: String) throws -> (ReportSpec, ReportData) {
        let spec = try oneDatasetSpec(csv(rows), folder: folder, extra: extra, dataset: "    continuous: true",
                                      sections: "  - type: summary\n  - type: timeline\n    measure: killed\n    periods: 13\n")
        return (spec, try ReportData.load(spec))
    }

    /// F10 (silent): one row dated 15 July after an export to 28 May joined the 48 days
    /// between into the run: May read complete ("Killed fell from 267 in April 2023 to
    /// 194 (−27%)"), June was drawn as 0; with a row on 1 September and `--as-of
    /// 2023-06-10`, `latest` was May.
    @Test func aStrayRowAfterTheExportCoversItsOwnDayOnly() throws {
        let may = Self.month.parseLabel("2023-05")!
        for (late, today) in [("2023-07-15", "2023-07-20"), ("2023-09-01", "2023-06-10"), ("2023-09-01", "2023-09-10")] {
            let (spec, data) = try Self.load(Self.rows([late]), folder: "cov10tail")
            #expect(data.coverage(of: may) == .partial(first: Self.d("2023-05-01"), last: Self.d("2023-05-28")), "\(late)")
            guard case .gap = data.coverage(of: may + 1) else { Issue.record("June 2023: \(data.coverage(of: may + 1))"); continue }
            #expect(data.latestCompletePeriod(today: Self.d(today)) == may - 1, "\(late) as of \(today)")
            let content = try ContentBuilder(spec: spec, data: data, key: may).build()
            #expect(content.partial == "partial: data to 28 May")
            guard case let .summary(h) = content.sections[0].body else { Issue.record("no summary"); continue }
            #expect(h[0].comparisons[0].hasPrefix("April 2023: ") && h[0].comparisons[0].hasSuffix("(May 2023 is partial; no change given)"),
                    "\(h[0].comparisons)")
            #expect(!h[0].comparisons.joined().contains("%"))
        }
        // The stray row's own day: July 2023 is covered on 15 July alone.
        let (_, data) = try Self.load(Self.rows(["2023-07-15"]), folder: "cov10tail")
        #expect(data.coverage(of: may + 2) == .partial(first: Self.d("2023-07-15"), last: Self.d("2023-07-15")))
    }

    /// F10: records dated after the day the report is made as of are said, with the
    /// file and line of the first and their count.
    @Test func recordsAfterTheAsOfDayAreSaid() throws {
        let (spec, data) = try Self.load(Self.rows(["2023-09-01", "2023-09-02"]), folder: "cov10asof")
        #expect(data.lastRecordDay == Self.d("2023-09-02"))
        let note = ReportData.afterTodayNote(spec, files: spec.files, today: Self.d("2023-06-10"), last: Self.d("2023-09-02"))
        // Header on line 1; 2 stray rows and 148 daily rows on lines 2 to 151.
        #expect(note.hasPrefix("2 records are dated after 2023-06-10, the day this report is made as of (--as-of, or today's date) "
                               + "(the first at "), "\(note)")
        #expect(note.contains("/e.csv:152, the last dated 2023-09-02): they are read"), "\(note)")
    }

    /// F5 (silent): `coverage: {from: 2022-05-01, to: 2023-05-31}` replaced the runs, so
    /// May 2022 (two stray rows) was complete, "May 2022: 6 (+3,133%)", and June to
    /// December 2022 were zeros. The declared ends move the first and last runs' ends;
    /// the silence between stays uncovered, said on standard error.
    @Test func aDeclaredWindowDoesNotCoverTheRecordsSilence() throws {
        let may = Self.month.parseLabel("2023-05")!
        let (spec, data) = try Self.load(Self.rows(), extra: "coverage:\n  from: 2022-05-01\n  to: 2023-05-31", folder: "cov10from")
        #expect(data.coverage(of: may) == .complete)
        #expect(data.latestCompletePeriod(today: Self.d("2023-06-10")) == may)
        for k in (may - 11) ... (may - 5) {
            guard case .gap = data.coverage(of: k) else { Issue.record("\(Self.month.label(k)): \(data.coverage(of: k))"); continue }
        }
        #expect(data.coverage(of: may - 12).isCovered && data.coverage(of: may - 12) != .complete)
        let content = try ContentBuilder(spec: spec, data: data, key: may).build()
        guard case let .summary(h) = content.sections[0].body else { Issue.record("no summary"); return }
        #expect(h[0].comparisons[1].hasPrefix("May 2022: 6 (partial"), "\(h[0].comparisons)")
        #expect(h[0].comparisons[1].hasSuffix("no change given)"), "\(h[0].comparisons)")
        #expect(data.coverageNotes.contains { $0.contains("claims 2022-05 to 2022-12, which hold only 2 record days of") }, "\(data.coverageNotes)")
    }

    /// F9: a stock observed before the flows' days was "stray records outside the data's
    /// coverage"; it is an observation dated outside the days the event records cover.
    @Test func aStockObservedOutsideTheFlowsIsNotStrayRecords() throws {
        let rows = ["2023-02-15,Syria,Aleppo,SNA,members,5000,5000,5000", "2023-03-20,Syria,Hama,ISIS,members,700,700,700",
                    "2023-03-21,Syria,Hama,ISIS,killed,7,7,7"]
        let spec = try oneDatasetSpec(csv(rows), folder: "cov10stock", sections: "  - type: summary\n    measures: [members]\n")
        let data = try ReportData.load(spec)
        let march = Self.month.parseLabel("2023-03")!
        let content = try ContentBuilder(spec: spec, data: data, key: march).build()
        guard case let .summary(h) = content.sections[0].body else { Issue.record("no summary"); return }
        let said = h.flatMap(\.comparisons).joined(separator: " | ")
        #expect(said.contains("February 2023: 5,000 (an observation dated outside the days the data's event records cover; no change given)"), "\(said)")
        #expect(!said.contains("stray"))
    }
}
