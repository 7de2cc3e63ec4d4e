import Foundation
import Testing
import TallyTestSupport

/// `tally chart --highlight` and `--annotate` at a bar or a point (issue 13, item 8).
@Suite struct HighlightCLITests {
    /// Five provinces of one country over four months, Idlib largest, Daraa smallest.
    func provinces() -> String {
        let d = tempDir()
        var csv = header
        var id = 0
        for (place, base) in [("Idlib", 90), ("Aleppo", 40), ("Hama", 20), ("Homs", 10), ("Daraa", 5)] {
            for m in 1...4 {
                id += 1
                csv += "\(id),2019-0\(m)-10,,Syria,\(place),,Army,killed,\(base + m),\(base + m + 2),\(base + m + 5),Wire\n"
            }
        }
        try! csv.write(toFile: d + "/p.csv", atomically: false, encoding: .utf8)
        return d + "/p.csv"
    }

    func chart(_ kind: String, _ file: String, _ extra: [String], ext: String = "svg") throws -> (Run, String) {
        let out = tempDir() + "/c." + ext
        var args = ["chart", kind, file, "--by", "adm1", "--measure", "killed", "--json", "-o", out]
        if kind == "timeline" { args += ["--period", "month"] }
        return (try tally(args + extra), out)
    }

    @Test func aHighlightedBarIsDrawnInTheAccentAndNamedInTheAltText() throws {
        let (r, out) = try chart("bar", provinces(), ["--highlight", "hama"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Highlighted: Hama."))
        let svg = try String(contentsOfFile: out, encoding: .utf8)
        #expect(svg.contains("rgb(83.529412%,36.862745%,0%)") || svg.contains("#d55e00") || svg.contains("rgb(213,94,0)"),
                "the accent (vermillion) is drawn")
    }

    /// Every way a name can miss is a usage error naming the nearest names, and no file.
    @Test(arguments: [("Hamma", "did you mean \"Hama\""), ("Homz", "did you mean \"Homs\""), ("Damascus", "is not one of the chart's"),
                      (" ", "")])
    func anUnknownHighlightIsRefusedWithTheNearestNames(name: String, says: String) throws {
        for kind in ["bar", "timeline"] {
            let (r, out) = try chart(kind, provinces(), ["--highlight", name])
            #expect(r.status == 64, "\(kind) \(name): \(r.stderr)")
            let ok = name == " " ? r.stderr.contains("--highlight is empty")
                : r.stderr.contains("--highlight \"\(name)\" ") && r.stderr.contains(says)
            #expect(ok, "\(kind): \(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out))
        }
    }

    /// Issue 13: an annotation dated outside the chart's periods was left out with a
    /// warning and exit 0, so the chart went out without a note its editor wrote. It is
    /// refused (64) naming the note, its date and the span, and no file is written;
    /// `--annotate-outside skip` leaves it out, said on stderr.
    @Test func anAnnotationOutsideTheChartIsRefusedUnlessSkipped() throws {
        let file = provinces()
        for note in ["2001-09-11=9/11", "Idlib@2020-03=Ceasefire"] {
            let (r, out) = try chart("timeline", file, ["--top", "2", "--annotate", note])
            #expect(r.status == 64, "\(note): \(r.stderr)")
            #expect(r.stderr.contains("outside the chart's periods (January 2019 to April 2019: 1 January 2019 to 30 April 2019)"), "\(r.stderr)")
            #expect(r.stderr.contains("--annotate-outside skip"), "\(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out))
            let (skipped, out2) = try chart("timeline", file, ["--top", "2", "--annotate", note, "--annotate-outside", "skip"])
            #expect(skipped.status == 0, "\(skipped.stderr)")
            #expect(skipped.stderr.contains("not drawn"), "\(skipped.stderr)")
            #expect(FileManager.default.fileExists(atPath: out2))
        }
        #expect(try chart("timeline", file, ["--annotate", "2001-09-11=9/11"]).0.stderr.contains("2001-09-11=9/11: dated 11 September 2001"))
        let (inside, _) = try chart("timeline", file, ["--top", "2", "--annotate", "2019-04-30=Last day"])
        #expect(inside.status == 0, "\(inside.stderr)")
    }

    @Test func aHighlightPastTopSaysWhichTopDrawsIt() throws {
        let file = try provinces()
        let (bar, _) = try chart("bar", file, ["--top", "2", "--highlight", "Homs"])
        #expect(bar.status == 64)
        #expect(bar.stderr.contains("ranks 4 of 5 and is summed in \"3 others\"; give --top 4 or more to draw it"), "\(bar.stderr)")
        let (line, _) = try chart("timeline", file, ["--top", "2", "--highlight", "Hama"])
        #expect(line.status == 64)
        #expect(line.stderr.contains("is the 3rd largest line, not drawn at --top 2; give --top 3 to draw it"), "\(line.stderr)")
        let (ok, _) = try chart("bar", file, ["--top", "4", "--highlight", "Homs"])
        #expect(ok.status == 0, "\(ok.stderr)")
    }

    @Test func aBarNoteIsDrawnAndDescribed() throws {
        let (r, out) = try chart("bar", provinces(), ["--annotate", "aleppo=Siege lifted in March"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Note at Aleppo: Siege lifted in March."))
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("Siege lifted in March"))
        let (bad, _) = try chart("bar", provinces(), ["--annotate", "Alepo=x"])
        #expect(bad.status == 64 && bad.stderr.contains("did you mean \"Aleppo\""), "\(bad.stderr)")
        let (form, _) = try chart("bar", provinces(), ["--annotate", "no equals sign"])
        #expect(form.status == 64 && form.stderr.contains("expected NAME=TEXT"), "\(form.stderr)")
    }

    @Test func aPointNoteIsDrawnOrRefusedWithTheReason() throws {
        let file = try provinces()
        let (r, out) = try chart("timeline", file, ["--annotate", "Idlib@2019-03=Offensive begins", "--annotate", "2019-02-01=Talks"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Note at Idlib, March 2019: Offensive begins."))
        #expect(r.stdout.contains("Marked: 2019-02-01, Talks."))
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("Offensive begins"))
        for (note, says) in [("@2019-03=x", "the chart has 5 lines; name one"), ("Idleb@2019-03=x", "did you mean \"Idlib\""),
                             ("Idlib@2019-13=x", "expected DATE=TEXT or LINE@DATE=TEXT")] {
            let (bad, badOut) = try chart("timeline", file, ["--annotate", note])
            #expect(bad.status == 64 && bad.stderr.contains(says), "\(note): \(bad.stderr)")
            #expect(!FileManager.default.fileExists(atPath: badOut))
        }
    }

    @Test func helpTeachesHighlightAndNotes() throws {
        let bar = try tally(["chart", "bar", "--help"]).stdout
        #expect(bar.contains("--highlight <name>") && bar.contains("--annotate <name=text>"))
        let line = try tally(["chart", "timeline", "--help"]).stdout
        #expect(line.contains("--highlight <name>") && line.contains("Idlib@2019-12"))
    }

    /// UCDP's way of naming provinces, a joint region and several sources, through the CLI.
    @Test func publishableDefaultsOnUCDPStyleNames() throws {
        let d = tempDir()
        var csv = header
        for (i, (place, best)) in [("Idlib Governorate", 90), ("Aleppo Governorate", 40), ("Hama Governorate", 20)].enumerated() {
            csv += "\(i),2019-0\(i + 1)-10,,Syria,\(place),,Army,killed,\(best),\(best),\(best),hospital;wire\n"
        }
        csv += "9,2019-03-11,,Iraq;Syria,,,Army,killed,4,4,4,ngo\n"
        try csv.write(toFile: d + "/g.csv", atomically: false, encoding: .utf8)
        let bar = try tally(["chart", "bar", d + "/g.csv", "--by", "adm1", "--measure", "killed", "--country", "Syria",
                             "--highlight", "Idlib Governorate", "--json", "-o", d + "/b.svg"])
        #expect(bar.status == 0, "\(bar.stderr)")
        #expect(bar.stdout.contains("Governorates of Syria · Total, best estimate with low–high range; all dates in the data, January 2019 to March 2019."), "\(bar.stdout)")
        #expect(bar.stdout.contains("the 3 largest are") == false && bar.stdout.contains("Idlib 90, Aleppo 40 and Hama 20"), "\(bar.stdout)")
        #expect(bar.stdout.contains("Highlighted: Idlib.") && bar.stdout.contains("Sources: hospital and wire."), "\(bar.stdout)")
        let month = try tally(["chart", "bar", d + "/g.csv", "--by", "country", "--measure", "killed", "--period", "2019-03",
                               "--json", "-o", d + "/m.svg"])
        // The data ends 11 March: the month is said to be partial, as a report says it.
        #expect(month.stdout.contains("range; March 2019 · partial: data to 11 March.") && month.stdout.contains("Iraq and Syria (joint) 4"), "\(month.stdout)")
        #expect(month.stdout.contains("Sources: ngo, hospital and wire.") || month.stdout.contains("Sources: hospital, wire and ngo."), "\(month.stdout)")
        let line = try tally(["chart", "timeline", d + "/g.csv", "--by", "adm1", "--measure", "killed", "--period", "month",
                              "--country", "Syria", "--json", "-o", d + "/t.svg"])
        #expect(line.stdout.contains("Governorates of Syria · Best estimate per month, bar from low to high; January 2019 to March 2019 · January 2019 partial: data from 10 January · March 2019 partial: data to 11 March."), "\(line.stdout)")
        #expect(line.stdout.contains("Idlib: highest 90 in January 2019."), "\(line.stdout)")
    }
}
