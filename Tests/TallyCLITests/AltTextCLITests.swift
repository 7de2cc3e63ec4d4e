import Foundation
import Testing
import TallyTestSupport

/// `--alt` and `--json` of `tally chart`, and `report --json`'s alt texts (issue 13, item 9).
@Suite struct AltTextCLITests {
    let news = packageRoot + "/Datasets/news-balkh-2023-04.csv"

    func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func chartJSONGivesTheFileSizeAndGeneratedAlt() throws {
        let d = tempDir()
        let r = try tally(["chart", "bar", news, "--by", "country", "--measure", "members", "--json", "-o", d + "/m.svg"])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try object(r.stdout)
        #expect(o["output"] as? String == d + "/m.svg")
        #expect(o["format"] as? String == "svg")
        #expect(o["width"] as? Int == 1200)
        #expect(o["title"] as? String == "Members by country")
        let alt = try #require(o["alt"] as? String)
        // The news item gives "5,000 to 7,000" and no best: read as the range it is.
        #expect(alt.contains("Iraq and Syria (joint): 5,000 to 7,000 (no best estimate given)"))
        // The source line, then the footer's key to the marks, each a sentence of its own.
        #expect(alt.hasSuffix("Source: UN report (February 2023) via news item 2023-04. Pale bars are ranges given with no best estimate."))
        let svg = try String(contentsOfFile: d + "/m.svg", encoding: .utf8)
        #expect(svg.contains("<desc id=\"chart-desc\">" + alt.replacingOccurrences(of: "&", with: "&amp;") + "</desc>"))
        // Without --json nothing is printed.
        let quiet = try tally(["chart", "bar", news, "--by", "country", "--measure", "members", "-o", d + "/q.svg"])
        #expect(quiet.stdout.isEmpty)
    }

    @Test(arguments: ["png", "pdf", "svg"])
    func altReplacesTheDescriptionInEveryFormat(ext: String) throws {
        let d = tempDir()
        let words = "Seven killed in two operations, six of them in Balkh"
        let r = try tally(["chart", "timeline", news, "--measure", "killed", "--period", "month", "--alt", words,
                           "--json", "-o", d + "/t." + ext])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try object(r.stdout)["alt"] as? String == words)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: d + "/t." + ext))
        let needle: Data = switch ext {
        case "pdf": Data(("/Alt <FEFF" + words.utf16.map { String(format: "%04X", $0) }.joined() + ">").utf8)
        case "png": Data(("Description\0\0\0\0\0" + words).utf8)
        default: Data(("<desc id=\"chart-desc\">" + words + "</desc>").utf8)
        }
        #expect(bytes.range(of: needle) != nil)
    }

    @Test func anEmptyAltIsAUsageError() throws {
        let d = tempDir()
        let r = try tally(["chart", "bar", news, "--measure", "killed", "--alt", " ", "-o", d + "/x.png"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--alt"))
        #expect(!FileManager.default.fileExists(atPath: d + "/x.png"))
    }

    @Test func reportJSONCarriesEachChartsAlt() throws {
        let d = tempDir()
        let r = try tally(["report", packageRoot + "/Reports/monthly.yml", "--out-dir", d, "--json", "--format", "pdf"])
        #expect(r.status == 0, "\(r.stderr)")
        let alt = try #require(try object(r.stdout)["alt"] as? [String: String])
        #expect(Set(alt.keys) == ["killed-by-actor", "killed-trend"])
        #expect(alt["killed-by-actor"]?.contains("Taliban 6 and United States (CENTCOM) 1") == true)
    }
}
