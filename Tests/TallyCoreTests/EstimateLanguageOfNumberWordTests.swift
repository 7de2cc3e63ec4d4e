import Testing
import TallyCore

/// review20b E0 (issue 12): a number word of one language is no number in text of
/// another. Portuguese "dos" ("of the") had read as Spanish two: "Um dos mortos era uma
/// criança" ("one of the dead was a child") gave killed 2 from a text with no figure.
@Suite("Estimate text: a number word is read only in its own language (review20b E0)")
struct EstimateLanguageOfNumberWordTests {
    private func value(_ text: String) -> Int64? {
        (try? EstimateParser.parse(text))?.best
    }

    @Test func portugueseOfTheIsNoSpanishTwo() {
        // Each had read 2.
        for text in ["Um dos mortos era uma criança", "Um dos feridos morreu", "A maioria dos mortos eram civis",
                     "o número dos mortos ainda é desconhecido", "dos mortos"] {
            #expect(throws: (any Error).self, "\(text)") { try EstimateParser.parse(text) }
        }
    }

    @Test func anotherLanguagesNumberWordInEnglishTextIsNoFigure() {
        // German elf (eleven) had read 11.
        #expect(throws: (any Error).self) { try EstimateParser.parse("the elf was killed") }
        #expect(throws: (any Error).self) { try EstimateParser.parse("cinco killed") }
    }

    @Test func aNumberWordInItsOwnLanguageOrAloneStillReads() {
        #expect(value("dos muertos") == 2)
        #expect(value("Al menos dos muertos") == 2)
        #expect(value("dos") == 2)
        #expect(value("dos (según fuentes)") == 2)
        #expect(value("Elf Tote") == 11)
        #expect(value("elf Tote bei Angriff") == 11)
        #expect(value("dois mortos") == 2)
        #expect(value("três mortos") == 3)
        #expect(value("tres muertos") == 3)
        #expect(value("vingt morts") == 20)
        #expect(value("zwanzig Tote") == 20)
        #expect(value("six morts") == 6)
        #expect(value("six killed") == 6)
    }
}
