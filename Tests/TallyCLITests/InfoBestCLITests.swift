import Foundation
import Testing
import TallyTestSupport

/// `tally info` prints a total's best only where a source stated one (review49): an
/// open sum's best and a range's midpoint are figures no source gave.
@Suite struct InfoBestCLITests {
    @Test func infoNamesABestNoSourceStatedAsSuch() throws {
        let d = tempDir()
        func totalLine(_ rows: [String]) throws -> String {
            let path = d + "/info-\(rows.count)-\(rows[0].count).csv"
            let text = "id,date_start,date_end,country,measure,estimate\n" + rows.enumerated().map { "r\($0.offset),2024-01-0\($0.offset + 1),2024-01-0\($0.offset + 1),Syria,killed,\"\($0.element)\"" }.joined(separator: "\n") + "\n"
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let r = try tally(["info", path])
            #expect(r.status == 0, "\(r.stderr)")
            return r.stdout.split(separator: "\n").first { $0.contains("killed: flow") }.map(String.init) ?? r.stdout
        }
        #expect(try totalLine(["5,000 to 7,000", "at least 12"]).contains("killed: flow, total 5,012+ (low 5,012, no best stated, high unbounded), 2 events"))
        #expect(try totalLine(["5,000 to 7,000", "3"]).contains("(low 5,003, no best stated (midpoint 6,003), high 7,003)"))
        #expect(try totalLine(["300 (280-320)", "at least 12"]).contains("(low 292, best 312, high unbounded)"))
        #expect(try totalLine(["12", "3"]).contains("total 15 (low 15, best 15, high 15)"))
    }
}

/// review46 N-d: ACLED groups by actor1 and UCDP by side A, so an event of A against B
/// counts under A only; the chart says "first-named actor", a native file "actor involved".
@Suite struct FirstNamedActorCLITests {
    @Test func acledAndUCDPChartsSayFirstNamedActor() throws {
        let d = tempDir()
        let acled = d + "/act.csv", native = d + "/native.csv"
        try ("event_id_cnty,event_date,year,time_precision,event_type,actor1,actor2,country,admin1,admin2,fatalities\n"
            + "X1,2023-01-05,2023,1,Battles,A,B,Syria,Idlib,Idlib,10\nX2,2023-01-06,2023,1,Battles,B,A,Syria,Idlib,Idlib,5\n").write(toFile: acled, atomically: true, encoding: .utf8)
        try "id,date_start,date_end,country,actor,measure,estimate\na,2023-01-05,2023-01-05,Syria,A,killed,10\n".write(toFile: native, atomically: true, encoding: .utf8)
        let a = try tally(["chart", "bar", acled, "--by", "actor", "--measure", "killed", "-o", d + "/a.svg", "--json"])
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stdout.contains("\"title\": \"Killed, by first-named actor\""), "\(a.stdout)")
        let t = try tally(["chart", "timeline", acled, "--by", "actor", "--measure", "killed", "--period", "day", "-o", d + "/t.svg", "--json"])
        #expect(t.stdout.contains("by first-named actor"), "\(t.stdout) \(t.stderr)")
        let n = try tally(["chart", "bar", native, "--by", "actor", "--measure", "killed", "-o", d + "/n.svg", "--json"])
        #expect(n.stdout.contains("\"title\": \"Killed, by actor involved\""), "\(n.stdout)")
    }
}
