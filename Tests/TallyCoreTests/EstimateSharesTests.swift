import Testing
import TallyCore

/// Shares, fractions and rates (issue 12, helper "phrases9"): a figure that is a share of
/// something ("3 in 10 households", "one third", "one-third of the 1,200") had been read as a
/// count; a sentence after the figure that only expects more ("40 killed. Officials expect
/// more.") had refused a complete figure. docs/estimates.md, "Shares, fractions and rates".
@Suite("Estimate text: shares, fractions, rates and later sentences (issue 12)")
struct EstimateSharesTests {
    func reads(_ text: String, _ low: Int64, _ best: Int64, _ high: Int64?, measure: String? = nil,
               sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            let e = try EstimateParser.parse(text, convention: .unspecified, measure: measure)
            #expect(e.low == low && e.best == best && e.high == high,
                    "\(text): \(e.low)/\(e.best)/\(String(describing: e.high))", sourceLocation: sourceLocation)
        } catch {
            Issue.record("\(text) was refused: \(error.reason)", sourceLocation: sourceLocation)
        }
    }

    /// A bare figure before a larger count of things, joined by a word of ratio: each had read
    /// its first number.
    @Test func sharesOfThingsAreRatios() {
        for text in ["3 in 10 households", "3 in 10 households were hit", "1 in 10 homes destroyed", "2 in 3 families",
                     "1 in 3 families lost a member", "3 out of 10 households", "3 out of 10 families",
                     "2 of every 3 households", "3 in every 10 households", "1 for every 4 homes", "9 in every 10 villages",
                     "one in every five schools", "3 из 10 семей", "3 dari 10 rumah tangga", "3 з 10 родин",
                     "3 z 10 rodzin", "3 na 10 rodzin"] {
            refuses(text, containing: "is a ratio, not a count")
        }
        // The whole of the ratio read after a noun and "one": "un foyer sur trois" had read 3.
        refuses("un foyer sur trois", containing: "\"un foyer sur trois\" is a ratio")
        refuses("une famille sur cinq", containing: "is a ratio")
        // A duration after any ratio word but plain "in" is a rate or a share of days.
        for text in ["3 out of 10 days", "2 of every 3 days", "1 in every 4 days", "1 for every 4 weeks"] {
            refuses(text, containing: "is a ratio, not a count")
        }
    }

    /// Neighbours that still read: the figure has its own noun, or the second number is a span.
    @Test func countsBesideRatiosStillRead() {
        reads("12 killed in 3 attacks", 12, 12, 12)
        reads("5 killed in 10 villages", 5, 5, 5)
        reads("killed 5 in 2 homes", 5, 5, 5)
        reads("30 in 10 days", 30, 30, 30)
        reads("12 dead in 2 days", 12, 12, 12)
        // A casualty verb right before the figure gives it its noun.
        reads("Airstrikes kill 4 in 12 villages", 4, 4, 4)
        reads("killed 5 in 10 homes", 5, 5, 5)
    }

    /// Fractions: a number word before "third", "quarter", "half" is no count; after a total
    /// and before "of them" it is a part, and the total reads.
    @Test func fractions() {
        refuses("one third", containing: "is a fraction, not a count")
        refuses("two thirds killed", containing: "\"two thirds\" is a fraction")
        refuses("one half of the victims", containing: "is a fraction")
        refuses("one-third of the 1,200 victims", containing: "only a part of a total (\"one-third of the 1,200\")")
        refuses("one-third of 1,200 victims", containing: "only a part of a total")
        refuses("a fifth of the 400 dead", containing: "only a part of a total")
        refuses("half of those 400", containing: "only a part of a total")
        refuses("three-quarters of the 400", containing: "only a part of a total")
        refuses("one third of them children", containing: "only a part of a total")
        reads("New massacres raise the death toll to 94, about one third of them are children and women", 94, 94, 94)
        reads("more than 30 civilians, two thirds of them are children and women", 31, 31, nil)
        reads("94 killed, two-thirds of them children", 94, 94, 94)
        reads("94 killed, one third of whom were children", 94, 94, 94)
        // One rule for every fraction noun of a stated whole (helper "phrases11": "three fourths
        // of the 900" and "two thirds of the 900 killed" had been two numbers, "three quarters
        // of the 900" a count of quarters).
        for text in ["three fourths of the 900", "three quarters of the 900", "two thirds of the 900 killed",
                     "three-fourths of the 900 killed", "one fifth of those 500 dead", "three quarters of 900",
                     "a quarter of the 900 killed", "les deux tiers des 900 morts", "dos tercios de los 900 muertos"] {
            refuses(text, containing: "only a part of a total")
        }
        refuses("three fourths of the 900", containing: "(\"three fourths of the 900\")")
        refuses("three quarters of them", containing: "(\"three quarters of them\")")
        refuses("three fourths killed", containing: "\"three fourths\" is a fraction")
        // Title case is the same fraction.
        refuses("About Two Thirds of Casualties Were Civilians", containing: "\"About Two Thirds\" is a fraction")
        reads("1,200 killed, three quarters of them civilians", 1_200, 1_200, 1_200)
        reads("one and a half thousand", 1_500, 1_500, 1_500)
        reads("two and a half million", 2_500_000, 2_500_000, 2_500_000)
    }

    /// Rates and percentages of the brief's list stay refused, naming the words.
    @Test func ratesAndPercentages() {
        refuses("12 killed a day", containing: "is a rate")
        refuses("12 killed every day", containing: "is a rate")
        refuses("30 per cent of the 400 victims", containing: "percentage")
        refuses("half of the 400", containing: "only a part of a total")
        refuses("12 muertos al día", containing: "is a rate")
        refuses("5 Tote täglich", containing: "is a rate")
        // "per" before the second number names the rate (helper "phrases11": "more than one number").
        refuses("5 per 1,000", containing: "\"5 per 1,000\" is a rate (\"per 1,000\")")
        refuses("5 deaths per 1,000 people", containing: "is a rate (\"per 1,000\")")
        refuses("5 لكل 1000 شخص", containing: "is a rate")
        refuses("per 1,000 people, 5 died", containing: "makes \"5\" a rate")
        reads("12 killed, per UN", 12, 12, 12)
    }

    /// "twenty-odd": more than 20 and fewer than 30, read as a vague word is (low and high the
    /// ends, best the midpoint rounded half up); the step is the unit of the last non-zero
    /// digit (helper "phrases11": they had read ~20 with 20 as both ends, and "20 y pico",
    /// "veinte y tantos", "عشرون ونيف" a bounded 20).
    @Test func oddFigures() {
        for text in ["twenty-odd killed", "20-odd killed", "20 odd killed", "twenty and odd killed", "20 and odd killed", "twenty-something killed", "20-something killed",
                     "20 y pico muertos", "veinte y tantos muertos", "vingt et quelques morts", "20 et quelques morts",
                     "عشرون ونيف قتيلا"] {
            reads(text, 21, 25, 29)
        }
        reads("300-odd dead", 301, 350, 399)
        reads("1,500-odd killed", 1_501, 1_550, 1_599)
        reads("at least twenty-odd killed", 21, 25, nil)
        refuses("25-odd killed", containing: "\"25-odd\" says more than 25 without a step")
        refuses("5-odd killed", containing: "without a step")
        reads("the odd 20 killed", 20, 20, 20)
        // A noun of things or time after the suffix, or an age.
        refuses("20-odd villages", containing: "counts villages")
        refuses("20-odd years", containing: "counts years")
        refuses("20-something-year-old killed", containing: "counts year")
        reads("20 odd years ago 5 were killed", 5, 5, 5)
    }

    /// A later sentence that says the toll will rise or more are expected makes the figure a
    /// floor, as one that says more are dead already does (review19 C: "the toll is likely to
    /// rise" had read a bounded 40 while "is likely higher" read 40+; the decided case of helper
    /// "phrases9", an expected rise leaving the figure bounded, is reversed: the text itself
    /// says the count is not complete). At least 40, no ceiling (helper "phrases11": "Some more
    /// died overnight", "Many others died", "Others are believed dead" had read a bounded 40).
    @Test func laterSentences() {
        reads("40 killed. Officials expect more.", 40, 40, nil)
        reads("40 killed. Officials expect more deaths.", 40, 40, nil)
        reads("40 killed, officials expect more", 40, 40, nil)
        reads("40 killed; residents expect more", 40, 40, nil)
        reads("40 killed. The toll may rise.", 40, 40, nil)
        reads("40 killed. The toll is expected to rise.", 40, 40, nil)
        reads("40 killed. It was the deadliest attack this year.", 40, 40, 40)
        reads("at least 40 killed. Officials expect more.", 40, 40, nil)
        reads("40 muertos. Las autoridades esperan más.", 40, 40, nil)
        reads("40 Tote. Die Behörden erwarten mehr.", 40, 40, nil)
        for text in ["40 killed. Residents say more.", "40 killed. Rescuers fear more.", "40 killed. Many more are feared dead.",
                     "40 killed; many more missing", "40 killed. More are believed dead.",
                     // More of the figure's own measure, with a verb before it or nothing after it.
                     "40 killed. Activists believe more were killed.", "40 killed. More have died since.",
                     "40 killed, many more dead.", "40 killed, many more dead in Idlib",
                     // A verb of dying may have anything after it; "others" is "more".
                     "40 killed. Some more died overnight.", "40 killed. Many others died.",
                     "40 killed. Others are believed dead.", "40 killed. Others died later in hospital.",
                     "40 killed. The toll is likely higher.", "40 killed. The death toll is likely to be much higher.",
                     "at least 40 killed, more feared dead", "40 killed, more feared dead",
                     "40 muertos. Otros murieron durante la noche.", "40 muertos. Se teme que haya más muertos.",
                     "40 morts. D'autres sont morts.", "مقتل 40 شخصا. وقتل آخرون", "مقتل 40 شخصا. ومات آخرون"] {
            reads(text, 40, 40, nil)
        }
        reads("23 dead, police say; residents say more", 23, 23, nil)
        reads("Operação na Vila Cruzeiro: 23 mortos, diz PM; moradores falam em mais", 23, 23, nil)
        reads("about 40 killed. Many more are feared dead.", 40, 40, nil)
        reads("30-40 killed, more feared dead", 30, 35, nil)
        reads("dozens killed. Many more are feared dead.", 24, 62, nil)
        // A ceiling, a zero or a claim of fewer is no floor.
        refuses("up to 40 killed. More are feared dead.", containing: "says there may be more than \"up to 40\"")
        refuses("none killed. More are feared dead.", containing: "says there may be more")
        refuses("40 killed. Residents say fewer.", containing: "says there may be fewer than \"40\"")
        // More of another measure is no claim, nor "more" before a noun, nor others who fled.
        reads("5 killed, more were injured", 5, 5, 5)
        reads("40 killed. more killing operations expected", 40, 40, 40)
        reads("40 killed. Others fled.", 40, 40, 40)
        reads("40 killed. Others were injured.", 40, 40, 40)
        reads("40 wounded. Others died.", 40, 40, 40)
        reads("40 killed, among others a child", 40, 40, 40)
        reads("8 civilians were killed, and many others injured", 8, 8, 8)
        reads("6 officers of the regime forces were killed, others were wounded in explosions", 6, 6, 6)
        // Still refused: a claim before the figure, of another measure's number, of a measure the
        // text does not settle, or with a figure or a year of its own.
        refuses("More are feared dead; 40 bodies found", containing: "says there may be more")
        refuses("40 killed. The number of wounded is higher.", containing: "says there may be more")
        refuses("40 people. Many more died.", containing: "says there may be more")
        refuses("40 killed. More died in 2019.", containing: "says there may be more")
        // "More martyrs …, raising the number to 10": the lead of its own total.
        reads("More martyrs in the capital Damascus, raising the number to 10, including 7 children", 10, 10, 10)
    }
}
