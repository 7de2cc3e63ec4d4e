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
        // audit10 F2: a cell spelled "Unknown" is ranked after every named actor, as an empty one is.
        #expect(r.stdout.contains("largest first, then the one whose name is not given: Unidentified Armed Group (Syria) 4 and IS 2. Plus Unknown: 3."),
                "\(r.stdout)")
        #expect(r.stdout.contains("“Unidentified Armed Group (Syria)”, “Unknown” are not one actor each: no actor is named"), "\(r.stdout)")
        #expect(r.stderr.contains("tally: by actor, \"Unidentified Armed Group (Syria)\" and \"Unknown\" name no actor: their rows are figures of actors not named"),
                "\(r.stderr)")
        // By place: a cell for all actors together beside a named actor's is refused, as
        // `aggregate` refuses it (stocks6 item 4: it was drawn summed, with a footnote).
        let s = try tally(["chart", "bar", d + "/a.csv", "--by", "adm1", "--measure", "fighters", "--period", "2023-02", "-o", d + "/s.png", "--json"])
        #expect(s.status == 65, "\(s.stderr)")
        #expect(s.stderr.contains("with actor \"All armed groups\" (~50,000), a figure for all actors together, would be added to the other stocks there "
                                  + "(HTS 10,000–15,000)"), "\(s.stderr)")
        let a = try tally(["aggregate", d + "/a.csv", "--by", "adm1", "--measure", "fighters", "--period", "month"])
        #expect(a.status == 65 && a.stderr.contains("with actor \"All armed groups\" (~50,000), a figure for all actors together"), "\(a.stderr)")
        // A cell naming no actor beside named ones: drawn summed, the footnote says what the cell says.
        let u = try tally(["chart", "bar", d + "/a.csv", "--by", "adm1", "--measure", "killed", "--period", "2023-02", "-o", d + "/u.png", "--json"])
        #expect(u.status == 0, "\(u.stderr)")
        #expect(!u.stdout.contains("not one actor"), "\(u.stdout)")
    }

    /// review38 N6: a bar chart over all dates said the months of every row read
    /// ("January 2016 to December 2019") whatever the measure drawn; now the months of
    /// the records its bars hold, for a stock and a flow.
    @Test func aBarChartsSubtitleSaysTheMonthsOfItsMeasure() throws {
        let d = tempDir()
        try """
        date_start,country,actor,measure,estimate
        2016-01-10,Syria,Group A,killed,3
        2019-12-10,Syria,Group A,killed,2
        2018-03-10,Syria,Group A,members,"1,000"
        2019-06-10,Syria,Group A,members,"1,200"
        2017-05-10,Iraq,Group B,killed,4

        """.write(toFile: d + "/a.csv", atomically: false, encoding: .utf8)
        let m = try tally(["chart", "bar", d + "/a.csv", "--by", "actor", "--measure", "members", "-o", d + "/m.png", "--json"])
        #expect(m.status == 0 && m.stdout.contains("all dates in the data, March 2018 to June 2019."), "\(m.stdout) \(m.stderr)")
        let k = try tally(["chart", "bar", d + "/a.csv", "--by", "actor", "--measure", "killed", "-o", d + "/k.png", "--json"])
        #expect(k.status == 0 && k.stdout.contains("all dates in the data, January 2016 to December 2019."), "\(k.stdout) \(k.stderr)")
        let iraq = try tally(["chart", "bar", d + "/a.csv", "--by", "actor", "--measure", "killed", "--country", "Iraq", "-o", d + "/i.png", "--json"])
        #expect(iraq.status == 0 && iraq.stdout.contains("all dates in the data, May 2017."), "\(iraq.stdout) \(iraq.stderr)")
    }
}
