import Foundation
import Testing
import TallyTestSupport

/// audit9b F5b: a country's name from the data too long for the report's cover exited
/// 64 (usage) with "shorten the names in the data"; a name from the data is a data error
/// (65), as in a chart or a table cell.
@Suite struct CoverSummaryExitCLITests {
    @Test func aDataNameTooLongForTheCoverIsExit65() throws {
        let d = tempDir()
        let name = String(repeating: "Longland ", count: 1200)
        try ("id,date_start,date_end,country,adm_1,adm_2,actor,measure,low,best,high,source\n"
            + "1,2023-01-05,,\(name),,,A,killed,3,3,3,s\n2,2023-01-06,,Syria,,,A,killed,2,2,2,s\n")
            .write(toFile: d + "/d.csv", atomically: true, encoding: .utf8)
        try """
        title: T
        name: x
        period:
          every: month
          which: 2023-01
        datasets:
          - path: d.csv
            name: D
            source: S
            licence: CC0
            attribution: A
        sections:
          - type: table
            by: [country]
            measures: [killed]
        """.write(toFile: d + "/r.yml", atomically: true, encoding: .utf8)
        let r = try tally(["report", d + "/r.yml", "--out-dir", d + "/o"], environment: [:])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.contains("does not fit"))
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: d + "/o")) ?? []).isEmpty)
    }
}
