import Testing
@testable import TallyCharts

/// Issue 15, item 3: the locale a chart or report is written in.
@Suite struct DisplayLocaleTests {
    @Test func shippedLocalesAndTheirDirection() throws {
        #expect(DisplayLocale.current == .english)
        for id in DisplayLocale.shipped {
            let l = try #require(DisplayLocale(identifier: id))
            // CLDR's likely script: Arabic for ar and fa, right to left; the others left to right.
            #expect(l.direction == (["ar", "fa"].contains(id) ? .rightToLeft : .leftToRight), "\(id)")
        }
        for id in ["hi", "fr-CA", "FR", "", "klingon"] { #expect(DisplayLocale(identifier: id) == nil, "\(id)") }
        #expect(DisplayLocale.unknownMessage("hi") == "--locale hi: charts and reports are written in en, ar, de, es, fa, fr, pt, ru, tr (language codes, lower case)")
    }

    @Test func currentIsSetForTheBodyOnly() throws {
        let fr = try #require(DisplayLocale(identifier: "fr"))
        let seen = DisplayLocale.with(fr) { DisplayLocale.current }
        #expect(seen == fr)
        #expect(DisplayLocale.current == .english)
    }

    /// CLDR's default numbering system (common/main/ar.xml and fa.xml, defaultNumberingSystem;
    /// ar has been latn since CLDR 42) and `native` (arab, arabext).
    @Test func digits() throws {
        #expect(try #require(DisplayLocale(identifier: "ar")).resolvedDigitsAreNative == false)
        #expect(try #require(DisplayLocale(identifier: "ar", digits: .native)).resolvedDigitsAreNative)
        #expect(try #require(DisplayLocale(identifier: "fa")).resolvedDigitsAreNative)
        #expect(try #require(DisplayLocale(identifier: "fa", digits: .latin)).resolvedDigitsAreNative == false)
        #expect(try #require(DisplayLocale(identifier: "fr", digits: .native)).resolvedDigitsAreNative == false)
        #expect(DisplayLocale.nativeNumberingSystem("ar") == "arab")
        #expect(DisplayLocale.nativeNumberingSystem("fa") == "arabext")
    }
}
