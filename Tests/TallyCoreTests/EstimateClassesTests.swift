import Testing
import TallyCore

/// The classes of silent readings left by review12b and review12c (issue 12), each in the
/// languages the tables know: refused, never read as another number; and the forms beside
/// them that must still read (or, where marked, may be refused but never read otherwise).
@Suite("Estimate text: classes of review12b and review12c (issue 12)")
struct EstimateClassesTests {
    static let refused: [(String, String)] = [
        ("B ratios", "1 in 4 of those killed were children"),
        ("B ratios", "One in four victims was a child"),
        ("B ratios", "3 out of 10 dead were women"),
        ("B ratios", "one out of every five people killed"),
        ("B ratios", "Un mort sur quatre était un enfant"),
        ("B ratios", "uno de cada cuatro muertos era un niño"),
        ("B ratios", "um em cada quatro mortos"),
        ("B ratios", "Jeder dritte Tote war ein Kind"),
        ("B ratios", "каждый третий погибший — ребенок"),
        ("B ratios", "her beş kişiden biri öldü"),
        ("B ratios", "satu dari empat korban tewas adalah anak"),
        ("B ratios", "every fifth victim was a child"),
        ("C fact-check labels", "FALSE: 12 killed in Homs"),
        ("C fact-check labels", "It is false that 12 were killed"),
        ("C fact-check labels", "Fake: 12 dead in Aleppo"),
        ("C fact-check labels", "Misleading: 12 killed"),
        ("C fact-check labels", "FAUX : 12 morts à Homs"),
        ("C fact-check labels", "FALSO: 12 muertos en Homs"),
        ("C fact-check labels", "Falsch: 12 Tote in Homs"),
        ("C fact-check labels", "ФЕЙК: 12 погибших"),
        ("C fact-check labels", "YALAN: 12 ölü"),
        ("C fact-check labels", "HOAKS: 12 orang tewas"),
        ("C fact-check labels", "Claim that 12 were killed is false"),
        ("D units", "12 km2"),
        ("D units", "12 km²"),
        ("D units", "12 sq km"),
        ("D units", "12 m2 destroyed"),
        ("D units", "5 km/h"),
        ("E identifiers and designations", "DOI 10.1000/182"),
        ("E identifiers and designations", "ISBN 978-3-16-148410-0"),
        ("E identifiers and designations", "Police code 10-33"),
        ("E identifiers and designations", "Grade 12 students"),
        ("E identifiers and designations", "killed in Cell 12"),
        ("E identifiers and designations", "killed in Bed 12"),
        ("E identifiers and designations", "grid 38S MB 123 456"),
        ("E identifiers and designations", "PMID 12345678"),
        ("E identifiers and designations", "Case 12 closed"),
        ("F someone listed after the figure", "Attack kills 4 soldiers, interpreter"),
        ("F someone listed after the figure", "4 morts, dont 3 soldats, chauffeur"),
        ("G rates", "Over the past week, 12 civilians were killed on average each day"),
        ("G rates", "On average 12 people were killed a day"),
        ("G rates", "an average of 12 deaths per day"),
        ("G rates", "En moyenne 12 morts par jour"),
        ("G rates", "en promedio 12 muertos al día"),
        ("G rates", "Im Durchschnitt 12 Tote pro Tag"),
        ("G rates", "в среднем 12 погибших в день"),
        ("K increments", "12 deaths added today"),
        ("K increments", "12 deaths were added to the toll"),
        ("K increments", "authorities added 12 to the toll"),
        ("K increments", "authorities added 12 deaths"),
        ("K increments", "Eleven further deaths confirmed"),
        ("K increments", "11 further deaths confirmed"),
        ("K increments", "ajout de 12 morts au bilan"),
        ("L ages", "12 y.o."),
        ("L ages", "12 y/o killed"),
        ("L ages", "12 yo killed"),
        ("L ages", "12 yrs old killed"),
        ("M years", "born 1999, killed 2022"),
        ("M years", "né en 1999, tué en 2022"),
        ("N among the dead", "Five journalists among dead in Gaza strike"),
        ("N among the dead", "Five journalists among the dead"),
        ("N among the dead", "طفل في 12 من عمره بين القتلى"),
        ("N among the dead", "Cinq journalistes parmi les morts"),
        ("N among the dead", "Cinco periodistas entre los muertos"),
        ("N among the dead", "Fünf Journalisten unter den Toten"),
        ("N among the dead", "пять журналистов среди погибших"),
        // O, a claim of more in another clause, reads the figure as a floor now (helper
        // "phrases11"): EstimateSharesTests.laterSentences.
        ("P ordinals before a unit", "12. Bölge"),
        ("P ordinals before a unit", "12. Kolordu"),
        ("P ordinals before a unit", "12. Armee"),
        ("Q ambiguous classifier", "۱۲ تن"),
        ("R kinship", "father of three shot dead"),
        ("R kinship", "mother-of-two killed"),
        ("R kinship", "père de trois enfants tué"),
        ("R kinship", "padre de tres hijos asesinado"),
        ("R kinship", "üç çocuk babası öldürüldü"),
        ("S trends", "12 and falling"),
        ("T qualifier fragments", "least 12 killed"),
        ("U dates and times", "at midnight on 12"),
        ("U dates and times", "the night of 12-13"),
        ("U dates and times", "on the 12-13th"),
        ("U dates and times", "a las 5 de la mañana"),
        ("U dates and times", "à 5 heures du matin"),
        ("U dates and times", "um 5 Uhr morgens"),
        ("V K-W labels", "12-30 (K-W)"),
        ("V K-W labels", "12/30 (KIA/WIA)"),
        ("W names", "the Big Three"),
    ]

    @Test func eachClassIsRefused() {
        for (cls, text) in Self.refused {
            do {
                let e = try EstimateParser.parse(text, convention: .unspecified, measure: nil)
                Issue.record("\(cls): \(text) was read as \(e.low)/\(e.best)/\(String(describing: e.high))")
            } catch {
                #expect(!error.reason.isEmpty)
            }
        }
    }

    /// Forms beside each class: the reading given, or (second argument true) a refusal.
    @Test func neighboursReadOrAreRefused() {
        check("Deaths top 1,000", Reading(1001, 1001, nil, false), orRefused: false)
        check("Fatalities top 500 in Darfur", Reading(501, 501, nil, false), orRefused: false)
        check("Casualties top 40", Reading(41, 41, nil, false), orRefused: false)
        check("Death toll topping 10,000", Reading(10001, 10001, nil, false), orRefused: false)
        check("the top 3 commanders killed", Reading(3, 3, 3, false), orRefused: true)
        check("top official says 5 killed", Reading(5, 5, 5, false), orRefused: false)
        check("شمار کشته‌ها از ۲۰۰۰ نفر گذشت", Reading(2001, 2001, nil, false), orRefused: true)
        check("Korban tewas tembus 1.000 orang", Reading(1001, 1001, nil, false), orRefused: true)
        check("Número de mortos ultrapassa 1.000", Reading(1001, 1001, nil, false), orRefused: true)
        check("12 killed in 3 attacks", Reading(12, 12, 12, false), orRefused: false)
        check("12 dead in 2 days", Reading(12, 12, 12, false), orRefused: false)
        check("12 people in 3 cars killed", Reading(12, 12, 12, false), orRefused: false)
        check("False truce kills 12", Reading(12, 12, 12, false), orRefused: false)
        check("12 students killed", Reading(12, 12, 12, false), orRefused: false)
        check("Suicide attack on Chinese convoy kills 5 Chinese nationals, driver", Reading(6, 6, 6, false), orRefused: true)
        check("Attack kills 5 people, police said", Reading(5, 5, 5, false), orRefused: false)
        check("ca 300 killed", Reading(300, 300, 300, true), orRefused: false)
        check("app. 300 killed", Reading(300, 300, 300, true), orRefused: true)
        check("+/- 300 killed", Reading(300, 300, 300, true), orRefused: true)
        check("± 300 killed", Reading(300, 300, 300, true), orRefused: true)
        check("um, about, uh, 40 people I think", Reading(40, 40, 40, true), orRefused: true)
        check("40 people, I think", Reading(40, 40, 40, true), orRefused: true)
        check("مقتل ما يصل إلى 20 شخصا", Reading(0, nil, 20, false), orRefused: false)
        check("تا ۱۲ نفر کشته شدند", Reading(0, nil, 12, false), orRefused: true)
        check("۱۰ تا ۱۲ نفر کشته شدند", Reading(10, nil, 12, false), orRefused: false)
        check("Saldırıda 12 kadar kişi öldü", Reading(12, 12, 12, true), orRefused: true)
        check("Saldırıda 12 kişiye kadar öldü", Reading(0, nil, 12, false), orRefused: true)
        check("1,200 probably dead", Reading(1200, 1200, 1200, true), orRefused: true)
        check("1,200 likely dead", Reading(1200, 1200, 1200, true), orRefused: true)
        check("12 feared dead", Reading(12, 12, 12, true), orRefused: true)
        check("12 people possibly killed", Reading(12, 12, 12, true), orRefused: true)
        check("12 presumed dead", Reading(12, 12, 12, true), orRefused: true)
        check("12 morts probables", Reading(12, 12, 12, true), orRefused: true)
        check("12 Tote vermutlich", Reading(12, 12, 12, true), orRefused: true)
        check("۱۲ تن کشته شدند", Reading(12, 12, 12, false), orRefused: false)
        check("12 and rising", Reading(12, 12, nil, false), orRefused: false)
        check("at Ieast 12 killed", Reading(12, 12, nil, false), orRefused: true)
        check("a1 least 12", Reading(12, 12, nil, false), orRefused: true)
    }

    struct Reading: Equatable, CustomStringConvertible {
        var low: Int64, best: Int64?, high: Int64?, approximate: Bool
        init(_ low: Int64, _ best: Int64?, _ high: Int64?, _ approximate: Bool) {
            self.low = low; self.best = best; self.high = high; self.approximate = approximate
        }
        static func == (a: Reading, b: Reading) -> Bool {
            a.low == b.low && a.high == b.high && a.approximate == b.approximate && (a.best == nil || b.best == nil || a.best == b.best)
        }
        var description: String { "\(low)/\(String(describing: best))/\(String(describing: high))\(approximate ? " ~" : "")" }
    }

    func check(_ text: String, _ want: Reading, orRefused: Bool, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            let e = try EstimateParser.parse(text, convention: .unspecified, measure: nil)
            let got = Reading(e.low, e.best, e.high, e.approximate)
            #expect(got == want, "\(text): \(got)", sourceLocation: sourceLocation)
        } catch {
            #expect(orRefused, "\(text) was refused: \(error.reason)", sourceLocation: sourceLocation)
        }
    }
}

/// "casualties" under a measure (decided: docs/spec.md, "Text forms"; docs/estimates.md,
/// "Decided cases"): refused for killed and for injured, read and named without a measure.
@Suite("Estimate text: casualties and the measure asked for (issue 12)")
struct EstimateCasualtiesMeasureTests {
    @Test func casualtiesAreNeitherKilledNorInjured() throws {
        for measure in ["killed", "injured"] {
            for text in ["5 casualties", "10 casualties at least", "5 casualties, including 2 fatalities"] {
                #expect(throws: EstimateParseError.self, "\(text) for \(measure)") {
                    try EstimateParser.parse(text, convention: .unspecified, measure: measure)
                }
            }
        }
        let r = try EstimateParser.reading("10 casualties at least", convention: .unspecified, measure: nil)
        #expect(r.estimate.low == 10 && r.estimate.high == nil && r.measureNamed == "casualties")
        #expect(try EstimateParser.parse("5 killed", convention: .unspecified, measure: "killed").best == 5)
    }
}

/// A trailing qualifier whose words open the next figure, and a new group after a casualty
/// verb and an and-word (found once "10 casualties at least" named its measure).
@Suite("Estimate text: the next figure's qualifier and a new group (issue 12)")
struct EstimateNextFigureTests {
    @Test func andMoreThanOpensTheNextFigure() throws {
        let e = try EstimateParser.parse("7 killed and more than 35 injured in an explosion", convention: .unspecified, measure: "killed")
        #expect(e.low == 7 && e.high == 7)
        let f = try EstimateParser.parse("7 killed and more than 35 injured in an explosion", convention: .unspecified, measure: "injured")
        #expect(f.low == 36 && f.high == nil)
        #expect(try EstimateParser.parse("12 killed and more").high == nil)
    }

    @Test func aFigureAfterAVerbAndAnAndWordIsANewGroup() {
        for measure in [nil, "injured", "killed"] as [String?] {
            #expect(throws: EstimateParseError.self) {
                try EstimateParser.parse("About 300 civilians including more than 110 children were killed and more than 1500 people were injured",
                                         convention: .unspecified, measure: measure)
            }
        }
    }

    @Test func numberWordsOfTwoTablesSideBySide() {
        // In English text the French "seize" (16) is the verb (review20b E0: a number word is
        // read only in its own language), so "two villagers killed" is the figure.
        #expect((try? EstimateParser.parse("seize two villagers killed"))?.best == 2)
        #expect(throws: EstimateParseError.self) { try EstimateParser.parse("cinq six morts") }
    }
}
