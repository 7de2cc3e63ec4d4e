import Testing
import TallyCore

/// phrases10 (issue 12, silent): on main 7c93e65 (`tally estimate --measure M -- TEXT`),
/// "3 prisoners fled" read 3 under displaced, idps and refugees (exit 0), "فر 3 سجناء" 3 under
/// displaced and idps; "12 soldados abatidos" (and "fueron abatidos", "12 soldats fusillés",
/// "12 soldats égorgés", "لقي 12 جنديا حتفهم", "استشهاد 12 جنديا") read 12 under idps and
/// injured: killing words only the killed measure took (as a bare figure).
@Suite("Estimate text: escapes from custody, killing words under other measures (phrases10)")
struct EstimatePhrases10Tests {
    static let escaped = "counts people held who escaped from custody"

    /// Prisoners, inmates, detainees who fled or escaped are no displaced people.
    @Test func escapesFromCustodyAreNoDisplaced() {
        let texts = ["3 prisoners fled", "12 detainees fled", "3 inmates escaped", "12 convicts escaped", "3 prisoners fled the prison",
                     "12 détenus ont fui", "12 prisonniers ont fui", "12 prisioneros huyeron", "فر 3 سجناء", "فر 12 معتقلين",
                     "هرب 12 سجينا", "هرب 12 محتجزين", "12 سجينا فروا", "فرار 12 سجينا", "3 political prisoners fled",
                     "5 hostages fled", "5 otages ont fui", "5 rehenes huyeron", "فر 5 رهائن"]
        for text in texts {
            for m in ["displaced", "idps"] { refuses(text, containing: Self.escaped, measure: m) }
        }
        // "Broke out" is refused by the people held themselves, as before.
        refuses("12 inmates broke out", containing: "(people held), not displaced", measure: "idps")
        refuses("12 prisoners broke out of the jail", containing: "counts arrested, not displaced", measure: "idps")
        for text in ["3 prisoners fled", "12 détenus ont fui", "12 prisioneros huyeron", "هرب 12 سجينا", "12 convicts escaped"] {
            refuses(text, containing: Self.escaped, measure: "refugees")
        }
    }

    /// The honest twins: people who fled read; prisoners released or killed keep their readings.
    @Test func twinsOfEscapesKeepTheirReadings() {
        for m in ["displaced", "idps", "refugees"] {
            reads("3,000 people fled", 3000, 3000, 3000, measure: m)
            reads("12 civilians fled", 12, 12, 12, measure: m)
            refuses("3,000 prisoners were released", containing: "counts released", measure: m)
            refuses("3 prisoners were killed", containing: "counts killed", measure: m)
        }
        reads("3 prisoners fled", 3, 3, 3)
        reads("3,000 prisoners were released", 3000, 3000, 3000)
        reads("3 prisoners were killed", 3, 3, 3, measure: "killed")
        reads("12 refugees fled", 12, 12, 12, measure: "refugees")
        // The people who fled are not the prisoners named later in the sentence.
        reads("3,000 people fled as prisoners escaped", 3000, 3000, 3000, measure: "displaced")
    }

    /// Killing words the tables lacked: refused under other measures, read under killed.
    @Test func killingWordsRefuseUnderOtherMeasures() {
        let texts = ["12 soldados abatidos", "12 soldados fueron abatidos", "12 guerrilleros abatidos", "12 personas abatidas",
                     "12 soldados ultimados", "12 soldados degollados", "12 soldats fusillés", "12 soldats égorgés",
                     "لقي 12 جنديا حتفهم", "لقي 12 شخصا مصرعهم", "استشهد 12 جنديا", "استشهاد 12 جنديا", "12 hombres armados fueron abatidos"]
        for text in texts {
            for m in ["idps", "injured", "refugees"] {
                do {
                    let e = try EstimateParser.parse(text, convention: .unspecified, measure: m)
                    Issue.record("\(text) read \(e.best) under \(m)")
                } catch {
                    #expect(error.reason.contains("killed") || error.reason.contains("a death count") || error.reason.contains("abatidos"),
                            "\(text) under \(m): \(error.reason)")
                }
            }
            reads(text, 12, 12, 12, measure: "killed")
        }
    }

    /// "استشهد 12 جنديا" had been refused as an unknown word under every measure.
    @Test func martyredVerbReadsUnderKilled() {
        reads("استشهد 12 جنديا", 12, 12, 12, measure: "killed")
        reads("استشهد 12 جنديا", 12, 12, 12)
    }
}
