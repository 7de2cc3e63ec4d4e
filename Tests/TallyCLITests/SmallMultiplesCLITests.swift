import Foundation
import Testing
import TallyTestSupport

/// `tally chart timeline --layout` (issue 13, item 5) and the headline of `--by side_b`.
@Suite struct SmallMultiplesCLITests {
    let ucdp = packageRoot + "/Datasets/ucdp/ucdp_ged_syria_2016_2019.csv"

    func svg(_ extra: [String]) throws -> (status: Int32, svg: String, stderr: String) {
        let d = tempDir()
        let r = try tally(["chart", "timeline", ucdp, "--measure", "killed", "--period", "quarter", "--by", "adm1"] + extra
                          + ["-o", d + "/t.svg"])
        let text = (try? String(contentsOfFile: d + "/t.svg", encoding: .utf8)) ?? ""
        return (r.status, text, r.stderr)
    }

    /// Each panel names its series once, as its headline; an overlay names them in a legend or at the line ends, once each too.
    @Test func pastFourSeriesTheTimelineIsPanels() throws {
        let five = try svg(["--top", "5"])
        #expect(five.status == 0, "\(five.stderr)")
        let overlay = try svg(["--top", "5", "--layout", "overlay"])
        #expect(overlay.status == 0)
        // --top 3 draws four lines: the three largest governorates and "(governorate not given)".
        let four = try svg(["--top", "3"])
        #expect(four.status == 0)
        // One value axis per panel: five panels print the zero tick five times, an overlay once.
        func count(_ s: String, _ needle: String) -> Int { s.components(separatedBy: needle).count - 1 }
        // Five governorates and the not-given line: six panels, six value axes.
        #expect(count(five.svg, ">0<") == 6, "small multiples by default at --top 5")
        #expect(count(overlay.svg, ">0<") == 1)
        #expect(count(four.svg, ">0<") == 1, "four series stay one plot")
        #expect(five.svg.contains("Killed per quarter by governorate"))
    }

    @Test func smallMultiplesWithAnnotationsAreRefused() throws {
        let r = try svg(["--top", "5", "--layout", "small-multiples", "--annotate", "2018-01-01=Offensive"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("small multiples draw no annotations"), "\(r.stderr)")
        // Auto keeps an annotated chart one plot, annotation and all.
        let auto = try svg(["--top", "5", "--annotate", "2018-01-01=Offensive"])
        #expect(auto.status == 0)
        #expect(auto.svg.contains("Offensive"))
    }

    @Test func aSourceColumnHeadlineNamesTheColumn() throws {
        let d = tempDir()
        let r = try tally(["chart", "bar", ucdp, "--by", "side_b", "--measure", "killed", "-o", d + "/b.svg", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"title\": \"Killed, by side B of the dyad\""), "\(r.stdout.prefix(300))")
    }
}
