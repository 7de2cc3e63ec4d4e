import Foundation
import Testing
import TallyCharts
import TallyCore
@testable import TallyReport

/// A spec's `alt:` and the generated descriptions reach the run's outputs, the PDF's
/// tagged figures and the PNGs (issue 13, item 9).
@Suite struct AltTextReportTests {
    /// `/Alt` strings of the PDF's Figure elements, in file order.
    func figureAlts(_ pdf: [UInt8]) -> [String] {
        var alts: [String] = []
        var rest = String(decoding: pdf, as: UTF8.self)[...]
        while let r = rest.range(of: "/S /Figure\n   /Alt <FEFF") {
            var hex = rest[r.upperBound...].prefix { $0 != ">" }
            var units: [UInt16] = []
            while !hex.isEmpty { units.append(UInt16(hex.prefix(4), radix: 16)!); hex = hex.dropFirst(4) }
            alts.append(String(decoding: units, as: UTF16.self))
            rest = rest[r.upperBound...]
        }
        return alts
    }

    /// The PNG's `Description` text chunk.
    func pngDescription(_ png: [UInt8]) -> String? {
        var i = 8
        while i + 12 <= png.count {
            let n = png[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) }
            if String(decoding: png[(i + 4)..<(i + 8)], as: UTF8.self) == "iTXt" {
                let body = Array(png[(i + 8)..<(i + 8 + n)])
                let key = body.prefix { $0 != 0 }
                if String(decoding: key, as: UTF8.self) == "Description" {
                    return String(decoding: body.dropFirst(key.count + 5), as: UTF8.self)
                }
            }
            i += 12 + n
        }
        return nil
    }

    @Test func specAltReplacesTheGeneratedTextEverywhere() throws {
        let dir = temporaryFolder()
        let spec = newsSpec().replacingOccurrences(of: "    title: Killed by actor\n", with: "    title: Killed by actor\n    alt: Six killed by the Taliban, one by US forces.\n")
        #expect(spec.contains("alt: Six"))
        write(spec, to: dir + "/brief.yml")
        let out = try run(dir + "/brief.yml", out: dir + "/out")
        #expect(out.alt.map(\.id) == ["killed", "killed-trend"])
        #expect(out.alt[0].text == "Six killed by the Taliban, one by US forces.")
        #expect(out.alt[1].text.hasPrefix("Line chart: Killed per month."))
        #expect(out.alt[1].text.contains("Highest 7 in April 2023"))
        #expect(figureAlts(bytes(out.pdf!)!) == out.alt.map(\.text))
        #expect(pngDescription(bytes(out.charts[0].path)!) == out.alt[0].text)
        #expect(pngDescription(bytes(out.charts[1].path)!) == out.alt[1].text)
    }

    /// Issue 13: a report bar chart folded by its `top:` had alt text saying "the other
    /// N groups together" but not why; a reader who cannot see the chart learns that
    /// the chart chose to name only the largest.
    @Test func aFoldedBarChartSaysWhyInItsAltText() throws {
        let dir = temporaryFolder()
        write("date_start,country,actor,measure,low,best,high\n2023-04-03,Afghanistan,A,killed,6,6,6\n"
              + "2023-04-04,Afghanistan,B,killed,4,4,4\n2023-04-05,Afghanistan,C,killed,2,2,2\n2023-04-06,Afghanistan,D,killed,1,1,1\n",
              to: dir + "/three.csv")
        let spec = newsSpec(dataset: dir + "/three.csv").replacingOccurrences(of: "    by: actor\n", with: "    by: actor\n    top: 2\n")
        #expect(spec.contains("top: 2"))
        write(spec, to: dir + "/brief.yml")
        let out = try run(dir + "/brief.yml", out: dir + "/out")
        let alt = out.alt[0].text
        #expect(alt.contains("The other 2 groups together, summed in one bar because the chart names only the largest 2: 3."), "\(alt)")
        #expect(figureAlts(bytes(out.pdf!)!)[0] == alt)
    }

    /// Issue 13: a timeline's `annotate:` dated outside its periods was dropped with
    /// exit 0. It is refused naming the note, its date and the span; `annotate_outside:
    /// skip` (a standing list of events in a monthly spec) leaves it out with a warning.
    @Test func anAnnotationOutsideTheTimelineIsRefusedUnlessSkipped() throws {
        let dir = temporaryFolder()
        let spec = newsSpec().replacingOccurrences(of: "    periods: 6\n", with: "    periods: 6\n    annotate: [\"2001-09-11=9/11\"]\n")
        #expect(spec.contains("9/11"))
        write(spec, to: dir + "/brief.yml")
        do {
            _ = try run(dir + "/brief.yml", out: dir + "/out")
            Issue.record("an annotation dated 2001 on a chart of 2023 was accepted")
        } catch {
            #expect(error.description.contains("chart 'killed-trend': annotate 2001-09-11=9/11: dated 11 September 2001, outside the chart's periods ("), "\(error)")
            #expect(error.description.contains("annotate_outside: skip"))
        }
        write(spec.replacingOccurrences(of: "    periods: 6\n", with: "    periods: 6\n    annotate_outside: skip\n"), to: dir + "/brief.yml")
        let out = try run(dir + "/brief.yml", out: dir + "/out")
        #expect(out.warnings.contains { $0.hasPrefix("chart 'killed-trend': annotate 2001-09-11=9/11: outside the chart's periods, not drawn") }, "\(out.warnings)")
    }

    @Test func aPDFOnlyRunStillReportsTheTexts() throws {
        let dir = temporaryFolder()
        write(newsSpec(), to: dir + "/brief.yml")
        let out = try run(dir + "/brief.yml", out: dir + "/out", formats: [.pdf])
        #expect(out.charts.isEmpty)
        #expect(out.alt.count == 2)
        #expect(out.alt[0].text.contains("Taliban 6 and United States (CENTCOM) 1"))
    }

    @Test func anEmptyAltIsRefusedWithItsLine() {
        let yaml = newsSpec().replacingOccurrences(of: "    title: Killed by actor\n", with: "    title: Killed by actor\n    alt: \"  \"\n")
        #expect {
            _ = try SpecParser.parse(yaml, file: "Reports/x.yml")
        } throws: { error in
            "\(error)".contains("alt") && "\(error)".contains("empty")
        }
        let timeline = newsSpec().replacingOccurrences(of: "    periods: 6\n", with: "    periods: 6\n    alt: Killings per month.\n")
        let spec = try? SpecParser.parse(timeline, file: "Reports/x.yml")
        guard case let .timeline(t)? = spec?.sections.first(where: { if case .timeline = $0 { true } else { false } }) else {
            Issue.record("no timeline"); return
        }
        #expect(t.alt == "Killings per month.")
    }
}
