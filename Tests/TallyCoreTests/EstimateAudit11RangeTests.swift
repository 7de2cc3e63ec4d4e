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
        reads("Aleppo 2016-4,500 dead", 4500, 4500, 4500)
    }

    /// review54 F5, review55 F6 (silent): with words after it and nothing but a label, a
    /// tag or a bullet before it, the join of a year and a grouped figure had been a
    /// dateline ("1950-5,926 killed" read 5,926) while "1950-5926 killed" was the range;
    /// read as the range for a session, a headline's dateline ("Syria: 2016-4,500
    /// killed") became 2,016–4,500. Nothing tells the two apart: refused. Both ungrouped,
    /// the range stays; a place before it keeps the dateline.
    @Test func theJoinWithWordsAfterAndNoPlaceBeforeIsRefused() {
        for text in ["1950-5,926 killed", "killed: 1950-5,926", "1950–5,926 (killed)", "2023-5,926 people killed",
                     "2016-4,500 dead", "Syria: 2016-4,500 killed", "Iraq war: 2003-4,500 killed", "BREAKING: 2016-4,500 killed",
                     "• 2016-4,500 killed", "Death toll: 2016-4,500", "- 2016–4,500 muertos"] {
            refuses(text, containing: "may be a range")
        }
        reads("1950-5926 killed", 1950, 3938, 5926)
        reads("Aleppo 2016-4,500 dead", 4500, 4500, 4500)
        reads("between 1950-5,926 killed", 1950, 3938, 5926)
        reads("1,950-5,926 killed", 1950, 3938, 5926)
    }

    /// review54 F13 (silent): "2014-2016 killed", a heading for the killed of those
    /// years, read 2,014–2,016 people. Two ungrouped years, the later second, before a
    /// count noun are refused; round hundreds, a qualifier or grouping make counts.
    @Test func twoYearsBeforeACountNounAreRefused() {
        for text in ["2014-2016 killed", "2011-2023 killed", "1999-2000 killed", "2014 - 2016 killed", "2014–2016 people killed",
                     "2014 to 2016 killed", "between 2014 and 2016 killed", "2011-2023 muertos", "2014-2016 tués"] {
            refuses(text, containing: "may be the years")
        }
        reads("1900-2000 fighters", 1900, 1950, 2000)
        reads("at least 2014-2016 killed", 2014, 2015, nil)
        reads("2,014-2,016 killed", 2014, 2015, 2016)
        reads("1800-2500 killed", 1800, 2150, 2500)
    }
}
