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
    }

    /// A later sentence that expects more leaves the figure as it is, as "the toll may rise"
    /// does; one that says more are dead already (or that others count more) refuses it.
    @Test func laterSentences() {
        reads("40 killed. Officials expect more.", 40, 40, 40)
        reads("40 killed. Officials expect more deaths.", 40, 40, 40)
        reads("40 killed, officials expect more", 40, 40, 40)
        reads("40 killed; residents expect more", 40, 40, 40)
        reads("40 killed. More are expected.", 40, 40, 40)
        reads("40 killed. The toll may rise.", 40, 40, 40)
        reads("40 killed. The toll is expected to rise.", 40, 40, 40)
        reads("40 killed. It was the deadliest attack this year.", 40, 40, 40)
        reads("at least 40 killed. Officials expect more.", 40, 40, nil)
        reads("40 muertos. Las autoridades esperan más.", 40, 40, 40)
        reads("40 morts. Les autorités s'attendent à plus.", 40, 40, 40)
        reads("40 Tote. Die Behörden erwarten mehr.", 40, 40, 40)
        refuses("40 killed. Residents say more.", containing: "says there may be more than \"40\"")
        refuses("23 dead, police say; residents say more", containing: "says there may be more")
        refuses("40 killed. Rescuers fear more.", containing: "says there may be more")
        refuses("40 killed. Many more are feared dead.", containing: "says there may be more")
        refuses("40 killed; many more missing", containing: "says there may be more")
        // More of the figure's own measure, with a verb before it or nothing after it.
        refuses("40 killed. Activists believe more were killed.", containing: "\"believe more were killed\" says there may be more")
        refuses("40 killed. More have died since.", containing: "says there may be more")
        refuses("40 killed, many more dead.", containing: "says there may be more")
        refuses("40 killed, many more dead in Idlib", containing: "says there may be more")
        reads("5 killed, more were injured", 5, 5, 5)
        reads("40 killed. more killing operations expected", 40, 40, 40)
    }
}
