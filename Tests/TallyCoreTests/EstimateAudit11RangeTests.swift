import Testing
import TallyCore

/// audit11 F5 (issue 12, silent; found by the ingest fuzzer, seed 23): "1950-5,926" in an
/// estimate column read 5,926, the year-shaped low end taken for a dateline's year and
/// dropped. Joined by a hyphen or an en dash with nothing around it, two figures are a
/// range; spaced and alone, a range and a dateline cannot be told apart and are refused;
/// with a place or a fate word, or an em dash, the dateline reading stays.
@Suite("Estimate text: a year-shaped low end of a range written alone (audit11 F5)")
struct EstimateAudit11RangeTests {
    @Test func twoFiguresJoinedAloneAreARange() {
        reads("1950-5,926", 1950, 3938, 5926)
        reads("1950–5,926", 1950, 3938, 5926)
        reads("2010-5,926", 2010, 3968, 5926)
        reads("1950-5926", 1950, 3938, 5926)
        reads("1,950-5,926", 1950, 3938, 5926)
    }

    @Test func spacedAndAloneIsRefusedWithWhatToWrite() {
        refuses("1950 - 5,926", containing: "may be a range (1950 to 5,926) or a year and a figure")
        refuses("2016 – 4,500", containing: "may be a range")
        refuses("1950—5,926", containing: "may be a range")
    }

    @Test func aDatelineWithWordsOrAnEmDashStaysADateline() {
        reads("Aleppo 2016—4,500 dead", 4500, 4500, 4500)
        reads("Gaza 2014 – 2,251 killed", 2251, 2251, 2251)
        reads("1994 – 800,000 killed", 800_000, 800_000, 800_000)
        reads("2016-4,500 dead", 4500, 4500, 4500)
    }
}
