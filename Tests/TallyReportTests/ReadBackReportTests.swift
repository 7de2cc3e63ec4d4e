import Foundation
import Testing
import TallyCore
import TallyIO
@testable import TallyReport

/// Issue 10, review9d #16 and #15 in reports: what a report publishes of periods its
/// data does not reach, `latest` beside a dataset of stocks, and its CSV read back.
@Suite struct ReportCoverageEdgesTests {
    static func daily(_ from: String, _ to: String) -> String {
        var rows = "date_start,country,actor,measure,best\n"
        var day = CalendarDay(from)!
        while day <= CalendarDay(to)! { rows += "\(day),Syria,ISIS,killed,1\n"; day = day.adding(days: 1) }
        return rows
    }

    static func spec(_ datasets: [(String, String)], sections: String) -> String {
        "title: MX\nname: mx\nperiod: latest\ndatasets:\n"
            + datasets.map { "  - path: \($0.0)\n    name: \($0.1)\n    source: S\n    licence: CC0\n" }.joined()
            + "sections:\n" + sections
    }

    static let sections = "  - type: summary\n    title: H\n    measures: [killed, members]\n"
        + "  - type: bar\n    id: b\n    title: K\n    measure: killed\n    by: actor\n"

    /// Members observed 15 February and 15 June (a dataset of stocks alone) beside
    /// killed records to 30 June: `latest` was May (the stocks' coverage ended on
    /// 15 June). It is June; the members row says its own days.
    @Test func aStocksOnlyDatasetDoesNotHoldBackLatest() throws {
        let dir = temporaryFolder("stocks-latest")
        write(Self.daily("2023-01-01", "2023-06-30"), to: dir + "/fl.csv")
        write("date_start,country,actor,measure,best\n2023-02-15,Syria,ISIS,members,5000\n2023-06-15,Syria,ISIS,members,6000\n",
              to: dir + "/stk.csv")
        write(Self.spec([("fl.csv", "Flows"), ("stk.csv", "UN report")], sections: Self.sections), to: dir + "/r.yml")
        let out = try Report.run(ReportRequest(specPath: dir + "/r.yml", period: nil, outDir: dir + "/out", formats: [.csv],
                                               today: CalendarDay("2023-07-10")!))
        #expect(out.csv?.hasSuffix("mx-2023-06.csv") == true, "\(out.csv ?? "")")
        let csv = String(decoding: bytes(out.csv!)!, as: UTF8.self)
        #expect(csv.contains("ISIS,2023-06,killed,30,30,30,30,30,,\n"), "\(csv)")
        #expect(csv.contains("ISIS,2023-06,members,6000,6000,6000,1,\"6,000\",UN report data to 15 June,2023-06-01/2023-06-15\n"), "\(csv)")
    }

    /// Flows to 28 February and one stock on 15 May, the report named for May: the
    /// cover and the CSV said nothing (partial empty, covered `none`). Marked now, as
    /// with several datasets: `partial: no Flows data`.
    @Test func aPeriodTheDataDoesNotReachIsMarked() throws {
        let dir = temporaryFolder("after-data")
        write(Self.daily("2023-01-01", "2023-02-28") + "2023-05-15,Syria,ISIS,members,5000\n", to: dir + "/mix.csv")
        write(Self.spec([("mix.csv", "Flows")], sections: Self.sections), to: dir + "/r.yml")
        let out = try Report.run(ReportRequest(specPath: dir + "/r.yml", period: "2023-05", outDir: dir + "/out", formats: [.csv],
                                               today: CalendarDay("2023-07-10")!))
        let csv = String(decoding: bytes(out.csv!)!, as: UTF8.self)
        #expect(csv == "actor,period,measure,low,best,high,events,estimate,partial,covered\nISIS,2023-05,members,5000,5000,5000,1,\"5,000\",no Flows data,none\n",
                "\(csv)")
        let spec = try SpecParser.parse(Self.spec([("mix.csv", "Flows")], sections: Self.sections), file: dir + "/r.yml")
        let content = try ContentBuilder(spec: spec, data: try ReportData.load(spec), key: PeriodKind.month.parseLabel("2023-05")!).build()
        #expect(content.partial == "partial: no Flows data")
        // Read back, the row still covers no day of May: a report on the CSV says so too.
        write(csv, to: dir + "/back.csv")
        let back = try SpecParser.parse(Self.spec([("back.csv", "Back")], sections: "  - type: summary\n    title: H\n    measures: [members]\n"),
                                        file: dir + "/b.yml")
        let again = try ContentBuilder(spec: back, data: try ReportData.load(back), key: PeriodKind.month.parseLabel("2023-05")!).build()
        #expect(again.partial == "partial: not covered by the data", "\(again.partial ?? "nil")")
    }

    /// review9d #15: a report's CSV of summaries has no country column; a report on it
    /// (a summary of its measures) reads it back to the same figures.
    @Test func aSummaryOnlyReportCSVReadsBack() throws {
        let dir = temporaryFolder("summary-back")
        write(Self.daily("2023-01-01", "2023-06-30"), to: dir + "/fl.csv")
        let summary = "  - type: summary\n    title: H\n    measures: [killed]\n"
        write(Self.spec([("fl.csv", "Flows")], sections: summary), to: dir + "/r.yml")
        let out = try Report.run(ReportRequest(specPath: dir + "/r.yml", period: nil, outDir: dir + "/out", formats: [.csv],
                                               today: CalendarDay("2023-07-10")!))
        let csv = String(decoding: bytes(out.csv!)!, as: UTF8.self)
        #expect(csv == "period,measure,low,best,high,events,estimate,partial,covered\n2023-06,killed,30,30,30,30,30,,\n", "\(csv)")
        write(csv, to: dir + "/back.csv")
        write(Self.spec([("back.csv", "Back")], sections: summary), to: dir + "/b.yml")
        let again = try Report.run(ReportRequest(specPath: dir + "/b.yml", period: nil, outDir: dir + "/out2", formats: [.csv],
                                                 today: CalendarDay("2023-07-10")!))
        #expect(String(decoding: bytes(again.csv!)!, as: UTF8.self) == csv)
    }
}
