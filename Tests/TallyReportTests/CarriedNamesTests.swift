import Foundation
import Testing
import TallyCharts
import TallyCore
import TallyIO
@testable import TallyReport

/// names9 (review45 S8, silent): a stock bar not by actor adds, in each place, the latest
/// figure of each actor cell up to the period's end. Kunar's "Islamic State Khorasan
/// Province" 500 of March and "IS-KP" 600 of April, one group under two names, made "Kunar
/// 1,100, as of Mar 2023 to Apr 2023" on the cover where the group had 600; `tally
/// aggregate --period all` and `tally chart bar --to DAY` refuse the same sum. Now the
/// report refuses it too, naming the chart; by actor the names stay apart; one name reads 600.
@Suite struct CarriedNames {
    static let sections = """
      - type: summary
        measures: [members]
      - type: bar
        id: by-actor
        measure: members
        by: actor
      - type: bar
        id: by-province
        measure: members
        by: adm1

    """

    func rows(_ march: String, _ april: String) -> [String] {
        ["2023-03-10,Afghanistan,Nangarhar,ISKP,members,2000,2000,2000", "2023-03-12,Afghanistan,Kunar,\(march),members,500,500,500",
         "2023-04-10,Afghanistan,Nangarhar,ISKP,members,2500,2500,2500", "2023-04-12,Afghanistan,Kunar,\(april),members,600,600,600"]
    }

    func build(_ rows: [String], sections: String = CarriedNames.sections) throws -> (ReportData, ReportContent) {
        let spec = try oneDatasetSpec(csv(rows), folder: "carried", extra: "period: 2023-04", sections: sections)
        var data = try ReportData.load(spec)
        let key = PeriodKind.month.parseLabel("2023-04")!
        try data.loadPeriod(key, spec: spec)
        return (data, try ContentBuilder(spec: spec, data: data, key: key).build())
    }

    func refusal(_ body: () throws -> Void) -> TallyError? {
        do { try body() } catch let e as TallyError { return e } catch { Issue.record("not a TallyError: \(error)") }
        return nil
    }

    func bars(_ c: ReportContent, _ index: Int) -> [String: Int64] {
        guard case let .chart(chart) = c.sections[index].body, let bar = chart.drawing as? BarChart else { return [:] }
        return Dictionary(uniqueKeysWithValues: bar.bars.map { ($0.label, $0.estimate.best) })
    }

    /// The review's case and its variants: names of one group in the table (either order of
    /// months), a `Total` actor of March beside April's group in one place: refused, exit 65,
    /// naming the chart and the names.
    @Test func oneGroupUnderTwoNamesAcrossMonthsIsRefused() {
        for (march, april, says) in [("Islamic State Khorasan Province", "IS-KP", "names of one group (Islamic State Khorasan Province)"),
                                     ("IS-KP", "Islamic State Khorasan Province", "names of one group (Islamic State Khorasan Province)"),
                                     ("ISIS", "Daesh", "names of one group (Islamic State)"), ("Jaysh al-Izza", "Jaysh al Izza", "one name written 2 ways"),
                                     ("Total", "IS-KP", "a figure for all actors together")] {
            let e = refusal { _ = try build(rows(march, april)) }
            #expect(e?.exitCode == 65, "\(march) \(april): \(e?.description ?? "built")")
            #expect(e?.description.contains("chart 'by-province' shows each group's latest members up to 2023-04-30") == true, "\(e?.description ?? "")")
            #expect(e?.description.contains(says) == true, "\(e?.description ?? "")")
        }
    }

    /// The twins: one name reads 600 for Kunar (the group's latest, not a sum); bars by
    /// actor alone show the names apart, as `--by actor` does; two groups in one place add.
    @Test func oneNameAndBarsByActorRead() throws {
        let (_, one) = try build(rows("IS-KP", "IS-KP"))
        #expect(bars(one, 2)["Kunar"] == 600, "\(bars(one, 2))")
        #expect(bars(one, 2)["Nangarhar"] == 2500)
        let byActor = "  - type: summary\n    measures: [members]\n  - type: bar\n    id: by-actor\n    measure: members\n    by: actor\n"
        let (_, apart) = try build(rows("Islamic State Khorasan Province", "IS-KP"), sections: byActor)
        #expect(bars(apart, 1)["IS-KP"] == 600 && bars(apart, 1)["Islamic State Khorasan Province"] == 500, "\(bars(apart, 1))")
        let (_, two) = try build(rows("Taliban", "IS-KP"))
        #expect(bars(two, 2)["Kunar"] == 1100, "\(bars(two, 2))")
    }

    /// Two names that only look like one group (an acronym, small words) across months in
    /// one place: added, and said on standard error naming the chart.
    @Test func namesThatLookLikeOneGroupAcrossMonthsAreSaid() throws {
        for (march, april, how) in [("FSA", "Free Syrian Army", "may be an acronym"),
                                    ("Islamic State of Iraq", "Islamic State in Iraq", "may be one name written with other small words")] {
            let (data, c) = try build(rows(march, april))
            #expect(bars(c, 2)["Kunar"] == 1100)
            #expect(data.readNotes.contains { $0.hasPrefix("chart 'by-province', each group's latest members up to 2023-04-30:") && $0.contains(how) },
                    "\(data.readNotes)")
        }
    }
}

/// review44 N4: a report whose `Total` actor row is refused in a period it does not show
/// said two sentences on standard error for it (`by actor, "Total" is not one actor …` and
/// the refusal's `actor "Total" (12,000), a figure for all actors together`); now one. A
/// `Total` row elsewhere keeps its sentence.
@Suite struct TotalRowSaidOnce {
    @Test func aTotalRowRefusedInAPeriodNotShownIsSaidOnce() throws {
        let rows = ["2023-04-02,Syria,,HTS,members,10000,10000,10000", "2023-04-02,Syria,,Hurras al-Din,members,2000,2000,2000",
                    "2023-02-05,Syria,,Total,members,12000,12000,12000", "2023-02-05,Syria,,HTS,members,10000,10000,10000"]
        let sections = "  - type: summary\n    measures: [members]\n  - type: bar\n    id: m\n    measure: members\n    by: actor\n"
        func notes(_ rows: [String]) throws -> [String] {
            let spec = try oneDatasetSpec(csv(rows), folder: "totalonce", extra: "period: 2023-04", sections: sections)
            var data = try ReportData.load(spec)
            try data.loadPeriod(PeriodKind.month.parseLabel("2023-04")!, spec: spec)
            return data.readNotes
        }
        let once = try notes(rows)
        #expect(once.filter { $0.contains("\"Total\"") }.count == 1, "\(once)")
        #expect(once.contains { $0.hasPrefix("in a period this report does not show, and so not refused: 2023-02, members:") }, "\(once)")
        // A Total row of another place, alone there (not refused): its sentence stays.
        let kept = try notes(rows + ["2023-04-03,Iraq,,Total,members,5000,5000,5000"])
        #expect(kept.contains { $0.hasPrefix("by actor, \"Total\" is not one actor") }, "\(kept)")
    }
}
