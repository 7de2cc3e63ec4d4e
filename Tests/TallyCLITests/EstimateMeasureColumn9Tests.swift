import Foundation
import Testing

/// measures9 (review44 N1): `tally estimate --measure M` showed in its measure column a
/// measure other than M, exit 0: `--measure members "300 fighters"` "fighters", `--measure
/// killed "5,000 fighters"` "fighters", `--measure nkill "5 killed"` "killed", `--measure
/// members "300 fighters defected"` "surrendered". The figure is read as M: the column says
/// M where the text names a measure, "(not named)" where it names none; a text that names
/// another measure for the figure is refused (the last).
@Suite struct EstimateMeasureColumn9 {
    func column(_ measure: String, _ text: String) throws -> (String, Int32) {
        let r = try tally(["estimate", "--measure", measure, "--", text])
        let row = r.stdout.split(separator: "\n").last.map(String.init) ?? ""
        return (row, r.status)
    }

    @Test func theColumnSaysTheMeasureAskedFor() throws {
        for (m, t, shown) in [("members", "300 fighters", "members"), ("members", "300 troops", "members"),
                              ("fighters", "5,000 members", "fighters"), ("supporters", "300 members", "supporters"),
                              ("killed", "5,000 fighters", "killed"), ("nkill", "5 killed", "nkill"), ("deaths", "5 dead", "deaths"),
                              ("idps", "5,000 displaced", "idps"), ("injured", "5 dead 3 wounded", "injured"),
                              ("Members", "300 fighters", "members")] {
            let (row, status) = try column(m, t)
            #expect(status == 0, "\(m) \(t): \(row)")
            let cells = row.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            #expect(cells.dropLast().last == shown, "\(m) \(t): \(row)")
        }
        let (bare, _) = try column("members", "about 300")
        #expect(bare.contains("(not named)"), "\(bare)")
        let json = try tally(["estimate", "--format", "json", "--measure", "members", "300 fighters", "12"])
        #expect(json.stdout.contains("\"display\": \"300\", \"measure\": \"members\""), "\(json.stdout)")
        #expect(json.stdout.contains("\"display\": \"12\", \"measure\": null"), "\(json.stdout)")
        // Without --measure, the measure the text names, as before.
        let plain = try tally(["estimate", "2,000 fighters", "5 dead"])
        let rows = plain.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(rows.count == 4 && rows[2].dropLast().last == "fighters" && rows[3].dropLast().last == "killed", "\(plain.stdout)")
    }

    @Test func aFigureOfAnotherMeasureIsRefused() throws {
        for (m, t, says) in [("members", "300 fighters defected", "counts defected (\"defected\"), not members"),
                             ("members", "5,000 members who joined", "counts recruited (\"joined\"), not members"),
                             ("killed", "5,000 members", "not killed")] {
            let r = try tally(["estimate", "--measure", m, "--", t])
            #expect(r.status == 65, "\(m) \(t): \(r.stdout)")
            #expect(r.stderr.contains(says), "\(m) \(t): \(r.stderr)")
        }
    }
}

/// tie3 (review45 N4): the column named the measure of any word of the figure's clause, tied
/// to the figure or not: `--measure nkill "5,000 people attended the funeral of those killed"`
/// showed "nkill", and without --measure "killed", for a figure of people at a funeral.
@Suite struct EstimateMeasureColumnTie3 {
    @Test func anUntiedMeasureWordNamesNoMeasure() throws {
        let r = try tally(["estimate", "--measure", "nkill", "--", "5,000 people attended the funeral of those killed"])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.contains("(not named)"), "\(r.stdout)")
        // Without --measure no text names one: no measure column (it had said "killed").
        let plain = try tally(["estimate", "--", "5,000 people attended the funeral of those killed"])
        #expect(plain.status == 0 && !plain.stdout.contains("measure"), "\(plain.stdout)")
        // Tied: the column names it.
        let tied = try tally(["estimate", "--", "17 members of the police were wounded"])
        #expect(tied.stdout.contains("injured"), "\(tied.stdout)")
        let asked = try tally(["estimate", "--measure", "nkill", "--", "20 members of the regime forces killed during the attack"])
        #expect(asked.stdout.contains("nkill"), "\(asked.stdout)")
    }
}
