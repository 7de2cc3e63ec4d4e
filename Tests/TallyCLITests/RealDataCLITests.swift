import Foundation
import Testing
import TallyTestSupport

/// The bundled real UCDP data through the command line, as a newcomer would first
/// meet it.
@Suite struct RealDataCommandTests {
    let syria = packageRoot + "/Datasets/ucdp/ucdp_ged_syria_2016_2019.csv"

    @Test func infoGivesANewcomersFirstLook() throws {
        let r = try tally(["info", syria])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("schema:       ucdp-ged (recognised from the header)"))
        #expect(r.stdout.contains("rows:         16,566"))
        #expect(r.stdout.contains("dates:        2016-01-01 to 2019-11-30 (date_start)"))
        #expect(r.stdout.contains("killed: flow, total 104,929–119,020 (low 104,929, best 112,337, high 119,020), 16,566 events"))
        #expect(r.stdout.contains("101 rows out of order as published (high < best: 71, low > best: 30)"))
    }

    @Test func countryTotalsEqualUCDPsOwnAndQuirksGoToStderr() throws {
        let r = try tally(["aggregate", syria, "--by", "country", "--period", "all", "--measure", "killed", "--format", "csv"])
        #expect(r.status == 0)
        #expect(r.stdout == "country,period,measure,low,best,high,events,estimate\nSyria,all,killed,104929,112337,119020,16566,\"104,929–119,020\"\n")
        #expect(r.stderr.contains("101 rows in the result have figures out of order as published"))
    }

    @Test func repairRangesWidensEachRowToItsEnvelope() throws {
        let r = try tally(["aggregate", syria, "--by", "country", "--period", "all", "--measure", "killed", "--format", "csv",
                           "--repair-ranges"])
        #expect(r.status == 0)
        let fields = r.stdout.split(separator: "\n")[1].split(separator: ",", omittingEmptySubsequences: false)
        let (low, best, high) = (Int(fields[3])!, Int(fields[4])!, Int(fields[5])!)
        #expect(best == 112_337)
        #expect(low <= 104_929 && high >= 119_020)
        #expect(low <= best && best <= high)
    }

    @Test func byAcceptsAtMostTwoSourceColumns() throws {
        let ok = try tally(["aggregate", syria, "--by", "side_b,type_of_violence", "--period", "all", "--measure", "killed",
                            "--format", "csv"])
        #expect(ok.status == 0)
        #expect(ok.stdout.hasPrefix("side_b,type_of_violence,period,measure,low,best,high,events,estimate\n"))
        let tooMany = try tally(["aggregate", syria, "--by", "side_b,type_of_violence,conflict_name"])
        #expect(tooMany.status == 64)
        #expect(tooMany.stderr.contains("at most 2 source columns"))
        #expect(tooMany.stdout.isEmpty)
    }

    @Test func chartsPrintTheSameNotesAsAggregate() throws {
        let d = tempDir()
        let r = try tally(["chart", "bar", syria, "--by", "adm1", "--measure", "killed", "--top", "5", "-o", d + "/s.png"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("figures out of order as published"))
    }
}
