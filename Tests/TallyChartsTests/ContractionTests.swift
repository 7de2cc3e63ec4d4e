import Testing
@testable import TallyCharts

/// review29 N5 and N3: words that meet a value contract as the language writes them, and
/// no message of the catalogue leaves "de au", "que il", "de el" behind.
@Suite struct ContractionTests {
    @Test func frenchElidesAtAValue() {
        #expect(Messages.fill("baisse de {x} à {y}", ["x": "au moins 100", "y": "50"], language: "fr") == "baisse d’au moins 100 à 50")
        #expect(Messages.fill("Logo de {x}", ["x": "ACLED"], language: "fr") == "Logo d’ACLED")
        #expect(Messages.fill("fin de {x}", ["x": "avril 2023"], language: "fr") == "fin d’avril 2023")
        #expect(Messages.fill("ce que {x}", ["x": "il dit"], language: "fr") == "ce qu’il dit")
        #expect(Messages.fill("le {x}", ["x": "un"], language: "fr") == "l’un")
        // Not before a consonant, a digit, a sign or an h (Homs, Hama take no elision).
        for v in ["Homs", "12", "≃100", "janvier 2023", "Yémen"] {
            #expect(Messages.fill("de {x}", ["x": v], language: "fr") == "de " + v)
        }
        // Only the word "de", not the end of another word.
        #expect(Messages.fill("monde {x}", ["x": "entier"], language: "fr") == "monde entier")
        // English and Spanish keep "de" as written.
        #expect(Messages.fill("de {x}", ["x": "au moins"], language: "es") == "de au moins")
    }

    @Test func spanishContractsDeElAndAEl() {
        #expect(Messages.fill("de {x} a {y}", ["x": "el primero", "y": "el último"], language: "es") == "del primero al último")
        #expect(Messages.fill("de {x}", ["x": "El Salvador"], language: "es") == "de El Salvador")
        #expect(Messages.fill("de {x}", ["x": "elementos"], language: "es") == "de elementos")
    }

    /// Every French and Spanish message, static or filled with a value that starts with
    /// a vowel or with "el", reads without a missed contraction.
    @Test(arguments: ["fr", "es"])
    func noMessageLeavesAMissedContraction(_ language: String) throws {
        let table = try #require(Messages.catalogue[language])
        let bad = language == "fr"
            ? [" de au ", " de à ", " de en", " de un", " de il", " que il", " que elle", " que un", " le un", " la un", " de environ", " de au-"]
            : [" de el ", " a el "]
        let value = language == "fr" ? "au moins 5" : "el total"
        for (id, template) in table {
            let names = template.split(separator: "{").dropFirst().compactMap { $0.split(separator: "}").first.map(String.init) }
            var args: [String: String] = [:]
            for n in names { args[n] = value }
            for text in [template, Messages.fill(template, args, language: language)] {
                let padded = " " + text.lowercased()
                for b in bad where padded.contains(b) {
                    Issue.record("\(language) \(id): \"\(b)\" in \"\(text)\"")
                }
            }
        }
    }

    /// N3: the Arabic "not given" label does not depend on the noun's gender.
    @Test func arabicNotGivenAgreesWithEveryNoun() {
        let ar = DisplayLocale(identifier: "ar")!
        DisplayLocale.with(ar) {
            #expect(Messages.text("bar.not_given", ["unit": "المحافظة"]) == "(دون تحديد المحافظة)")
            #expect(Messages.text("bar.not_given", ["unit": "البلد"]) == "(دون تحديد البلد)")
            #expect(!Messages.text("report.cover.no_place_given", ["noun": "المحافظة"]).contains("غير محدد"))
        }
    }
}
