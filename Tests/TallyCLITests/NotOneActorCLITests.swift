import Foundation
import Testing
import TallyTestSupport

/// review40: `chart bar --by actor` drew a `Total` or `Unknown` actor as a bar like any
/// actor's, with no word; and the stock footnote said "a figure with no actor" of an
/// actor cell `All armed groups`. The chart's footnote (in its alt text too) says what
/// each is; the bars are as before.
@Suite struct NotOneActorCLITests {
    static let rows = """
    id,date_start,date_end,country,adm_1,actor,measure,estimate,source
    a,2023-02-01,2023-02-01,Syria,Idlib,All armed groups,fighters,"about 50,000",UN
    b,2023-02-10,2023-02-10,Syria,Idlib,HTS,fighters,"10,000 to 15,000",UN
    c,2023-02-11,2023-02-11,Syria,Raqqa,Unknown,killed,3,UN
    d,2023-02-11,2023-02-11,Syria,Raqqa,IS,killed,2,UN
    e,2023-02-12,2023-02-12,Syria,Raqqa,Unidentified Armed Group (Syria),killed,4,UN

    """

    @Test func aBarChartByActorSaysWhichBarsAreNotOneActor() throws {
        let d = tempDir()
        try Self.rows.write(toFile: d + "/a.csv", atomically: false, encoding: .utf8)
        let r = try tally(["chart", "bar", d + "/a.csv", "--by", "actor", "--measure", "killed", "--period", "2023-02", "-o", d + "/b.png", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("largest first: Unidentified Armed Group (Syria) 4, Unknown 3 and IS 2."), "\(r.stdout)")
        #expect(r.stdout.contains("“Unidentified Armed Group (Syria)”, “Unknown” are not one actor each: no actor is named"), "\(r.stdout)")
        #expect(r.stderr.contains("tally: by actor, \"Unidentified Armed Group (Syria)\" and \"Unknown\" name no actor: their rows are figures of actors not named"),
                "\(r.stderr)")
        // By place: no actor bar, nothing said of actors; the stock footnote says what the cell says.
        let s = try tally(["chart", "bar", d + "/a.csv", "--by", "adm1", "--measure", "fighters", "--period", "2023-02", "-o", d + "/s.png", "--json"])
        #expect(s.status == 0, "\(s.stderr)")
        #expect(s.stdout.contains("Idlib (Syria), fighters: a figure for all actors together and figures of named actors there are added; some may be counted twice"),
                "\(s.stdout)")
        #expect(!s.stdout.contains("not one actor") && !s.stdout.contains("a figure with no actor"), "\(s.stdout)")
    }
}
