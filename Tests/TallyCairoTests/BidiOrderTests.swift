import CCairo
import Testing
import TallyCharts
@testable import TallyCairo

/// Where Pango puts the first character of `needle` in `text`, laid out as the chart
/// canvas lays out a label (auto direction, DejaVu Sans).
func xPosition(of needle: String, in text: String) -> Double {
    let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 10, 10)!
    defer { cairo_surface_destroy(surface) }
    let cr = cairo_create(surface)!
    defer { cairo_destroy(cr) }
    let canvas = CairoCanvas(cairo: cr, fontFamily: RenderOptions.defaultFont)
    canvas.prepare(text, Font(size: 20))
    let hay = Array(text.utf8), pin = Array(needle.utf8)
    let prefix = (0...(hay.count - pin.count)).first { hay[$0..<($0 + pin.count)].elementsEqual(pin) }!
    var rect = PangoRectangle()
    pango_layout_index_to_pos(canvas.layout, Int32(prefix), &rect)
    // For a right-to-left run the rectangle's width is negative: its x is the right edge.
    return Double(min(rect.x, rect.x + rect.width)) / Double(PANGO_SCALE)
}

@Suite struct BidiOrderTests {
    @Test func isolatedRangeKeepsItsOrderAfterArabic() {
        let isolated = Bidi.isolate("بلخ 5,000–7,000")
        #expect(xPosition(of: "5,000", in: isolated) < xPosition(of: "7,000", in: isolated))
        // The Arabic name still runs right-to-left: its first letter is right of its last.
        #expect(xPosition(of: "ب", in: isolated) > xPosition(of: "خ", in: isolated))
    }

    @Test func withoutIsolatesTheRangeIsReversed() {
        // The failure the isolates exist for (issue 4): keep it visible, so this suite
        // notices if Pango's behaviour, and with it the need for isolates, changes.
        let plain = "بلخ 5,000–7,000"
        #expect(xPosition(of: "5,000", in: plain) > xPosition(of: "7,000", in: plain))
    }

    @Test func compositeLabelKeepsNameThenCountry() {
        let label = Bidi.isolate(Bidi.isolate("بلخ") + " (Afghanistan)")
        #expect(xPosition(of: "(", in: label) < xPosition(of: "Afghanistan", in: label))
        #expect(xPosition(of: "ب", in: label) < xPosition(of: "Afghanistan", in: label))
    }

    /// Issue 13 review: "← " before an isolated Arabic note was laid out right to left,
    /// so the arrow sat at the far end of the note, away from the bar it points at.
    @Test func aNotesArrowStaysAtTheStartBeforeArabic() {
        for pointer in [BarChartLayout.notePointer, BarChartLayout.noteUnderPointer] {
            let line = Bidi.leftToRightLine(pointer + Bidi.isolate("هجوم حكومي"))
            let arrow = String(pointer.prefix(1))
            #expect(xPosition(of: arrow, in: line) < xPosition(of: "ه", in: line))
            #expect(xPosition(of: arrow, in: line) < 1)
            let plain = pointer + Bidi.isolate("هجوم حكومي")
            #expect(xPosition(of: arrow, in: plain) > xPosition(of: "ه", in: plain), "Pango's auto direction changed")
        }
        #expect(Bidi.leftToRightLine("← Siege lifted") == "← Siege lifted")
    }
}

/// Issue 15, item 5: a line of an Arabic paragraph on a right-to-left page
/// (``Bidi/rightToLeftRun(_:)``) is laid out right to left even when it starts with a
/// Latin word, and a range inside it stays one left-to-right run.
@Suite struct ParagraphBidiOrderTests {
    @Test func aRangeInsideAnArabicSentenceIsDrawnLeftToRight() {
        let line = Bidi.rightToLeftRun("قتل ما بين 5,000–7,000 شخص في حلب")
        #expect(xPosition(of: "5,000", in: line) < xPosition(of: "7,000", in: line))
        // The sentence runs right to left: its first word is right of its last.
        #expect(xPosition(of: "قتل", in: line) > xPosition(of: "حلب", in: line))
        #expect(xPosition(of: "قتل", in: line) > xPosition(of: "7,000", in: line))
    }

    /// The sources page named "UCDP GED سوريا 2016–2019" as "… 2019–2016": after an
    /// Arabic word in a left-to-right line the range was a right-to-left run.
    @Test func aRangeAfterAnArabicWordInALeftToRightLineKeepsItsOrder() {
        let text = "UCDP GED سوريا 2016–2019"
        #expect(xPosition(of: "2016", in: text) > xPosition(of: "2019", in: text), "Pango's bidi changed")
        let line = Bidi.leftToRightRun(text)
        #expect(xPosition(of: "2016", in: line) < xPosition(of: "2019", in: line))
        #expect(xPosition(of: "UCDP", in: line) < xPosition(of: "سوريا", in: line))
        #expect(xPosition(of: "سوريا", in: line) < xPosition(of: "2016", in: line))
        #expect(Bidi.leftToRightRun("Killed in 2019") == "Killed in 2019")
    }

    /// A chart subtitle under `--locale ar`: an English name before Arabic words. By its
    /// first letter the line ran left to right and `2019` went to the far end, away
    /// from its month; right to left it follows نوفمبر.
    @Test func anEnglishNameBeforeArabicWordsInARightToLeftChart() {
        let text = "Governorates of Syria · المجموع، التقدير الأرجح؛ نوفمبر 2019"
        #expect(Bidi.isRightToLeftParagraph(text, in: .rightToLeft) && !Bidi.isRightToLeftParagraph(text, in: .leftToRight))
        #expect(!Bidi.isRightToLeftParagraph("Source: UCDP GED 2019", in: .rightToLeft))
        let line = Bidi.isolate(text, direction: .rightToLeft)
        #expect(xPosition(of: "Governorates", in: line) > xPosition(of: "نوفمبر", in: line))
        #expect(xPosition(of: "2019", in: line) < xPosition(of: "نوفمبر", in: line))
        #expect(xPosition(of: "2019", in: line) < xPosition(of: "المجموع", in: line))
        let before = Bidi.isolate(text)
        #expect(xPosition(of: "2019", in: before) > xPosition(of: "المجموع", in: before), "by its first letter, 2019 ends the line")
    }

    @Test func aLineStartingWithALatinWordStaysRightToLeft() {
        let text = "UCDP يسجل 16,564 قتيلا"
        let line = Bidi.rightToLeftRun(text)
        // The Latin word opens the sentence, so it is at the right end.
        #expect(xPosition(of: "UCDP", in: line) > xPosition(of: "يسجل", in: line))
        #expect(xPosition(of: "16,564", in: line) < xPosition(of: "يسجل", in: line))
        // Isolated by its first letter (a chart label's way), the same line reads left to right.
        let byFirstLetter = Bidi.isolate(text)
        #expect(xPosition(of: "UCDP", in: byFirstLetter) < xPosition(of: "يسجل", in: byFirstLetter))
    }
}

/// review15: text that mixes directions keeps every figure beside its own name, in the
/// paragraph's order, whatever the paragraph's direction (``Bidi/segments(_:rightToLeft:)``).
@Suite struct MixedDirectionTests {
    /// Item 2: "حلب 158 (156–163); دمشق" in an English sentence was one right-to-left
    /// run: the figures went before the name, reversed ("(163–156) 158 حلب").
    @Test func arabicNamesInAnEnglishSentenceKeepTheirFigures() {
        let text = "By place: Idlib 307 (300–323); حلب 158 (156–163); دمشق 12 (10–15)."
        let line = Bidi.leftToRightRun(text)
        let order = ["Idlib", "307", "300", "323", "حلب", "158", "156", "163", "دمشق", "12", "10", "–15"].map { xPosition(of: $0, in: line) }
        #expect(order == order.sorted(), "\(order)")
        // Without the name's isolate the bidi algorithm joins the two names and the figures between.
        let numbersOnly = Bidi.leftToRightLine("\u{2066}" + Bidi.protectingNumbers(text) + "\u{2069}")
        #expect(xPosition(of: "158", in: numbersOnly) < xPosition(of: "حلب", in: numbersOnly), "Pango's bidi changed")
    }

    /// Item 2, wrapped: a line of an English paragraph that starts with the Arabic name
    /// is still a left-to-right line, not one read by its first letter.
    @Test func aWrappedLineStartingWithAnArabicNameStaysLeftToRight() {
        let paragraph = "By place: Idlib 307 (300–323); حلب 158 (156–163); Ar Raqqah 135"
        let line = Bidi.isolate("حلب 158 (156–163); Ar Raqqah 135", direction: .leftToRight, paragraph: paragraph)
        let order = ["حلب", "158", "156", "163", "Ar Raqqah", "135"].map { xPosition(of: $0, in: line) }
        #expect(order == order.sorted(), "\(order)")
    }

    /// Item 6: "CC BY 4.0" in an Arabic source line was drawn "4.0 CC BY".
    @Test func aLatinRunWithAFigureInAnArabicLineStaysWhole() {
        let line = Bidi.rightToLeftRun("المصدر: UCDP GED 19.1، CC BY 4.0")
        #expect(xPosition(of: "CC", in: line) < xPosition(of: "BY", in: line))
        #expect(xPosition(of: "BY", in: line) < xPosition(of: "4.0", in: line))
        #expect(xPosition(of: "UCDP", in: line) < xPosition(of: "19.1", in: line))
        #expect(xPosition(of: "المصدر", in: line) > xPosition(of: "UCDP", in: line))
    }

    /// Items 3 and 8: Latin figures and English fallback words in a Persian or Arabic
    /// sentence: "۸ records" drawn "records ۸", "(−27%)" drawn "(27%−)", and an Arabic
    /// semicolon ends a Latin name's run.
    @Test func englishWordsAndSignedFiguresInARightToLeftSentence() {
        let fa = Bidi.rightToLeftRun("ثبت: ۸ records")
        #expect(xPosition(of: "۸", in: fa) < xPosition(of: "records", in: fa))
        let change = Bidi.rightToLeftRun("أكتوبر 2019: 1,154 (\u{2212}27%)")
        #expect(xPosition(of: "\u{2212}", in: change) < xPosition(of: "27", in: change))
        let places = Bidi.rightToLeftRun("حسب المحافظة: Idlib 307 (300–323)؛ Ar Raqqah 158 (156–163)")
        // Right to left: Idlib's part first (at the right), then Ar Raqqah's.
        #expect(xPosition(of: "Idlib", in: places) > xPosition(of: "Ar Raqqah", in: places))
        #expect(xPosition(of: "300", in: places) > xPosition(of: "Ar Raqqah", in: places))
        #expect(xPosition(of: "Idlib", in: places) < xPosition(of: "307", in: places))
        // Figures with no Latin word follow the Arabic sentence: the figure first (right),
        // its range after it (left), each in its own order.
        let sum = Bidi.rightToLeftRun("مجموعها 239 (215–266). ثم")
        #expect(xPosition(of: "239", in: sum) > xPosition(of: "215", in: sum))
        #expect(xPosition(of: "215", in: sum) < xPosition(of: "266", in: sum))
    }
}
