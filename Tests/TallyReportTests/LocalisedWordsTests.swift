import Foundation
import Testing
@testable import TallyCharts
import TallyCore
import TallyTestSupport
@testable import TallyReport

/// Issue 15 item 4, review15 #7 and #11: no English word reaches a French, Spanish or
/// Arabic brief. One brief exercises every section kind (summary, bar, timeline, table,
/// notes, each without a `title:` so the default titles are drawn), every chart kind
/// (bars, an overlay timeline, small multiples, a stock), a fold ("others"), a period
/// two datasets cover in part and to different days (partial marks, "partial on some
/// lines"), a joint region (`Irak;Syrie`), an open end (no high), an approximate
/// figure, a year-dated event (the span footnote), annotations and a highlight; its
/// PDF text (pdftotext) and its HTML text (the `<title>`, the description, every
/// chart's `<title>`/`<desc>` alt text, tables) are searched for English words. A
/// new English literal on any of these paths fails here.
@Suite struct LocalisedWordsTests {
    /// Words that are English and not French or Spanish ("source", "notes", "total",
    /// "actor", "province", "series", "observation", "date", "page" are both, so they
    /// are left out; "a", "on", "or", "no", "an" too).
    static let english: Set<String> = Set("""
        the and of by with from at least is are was were it its this that these which whose not given others other
        largest smaller headline killed injured wounded records record joint partial monthly quarterly annual brief per
        best estimate low high approximate about rising falling level overall week month year quarter deaths people data
        read published compared datasets country district group period chart line lines bar bars highlighted marked
        shading whiskers arrows runs squares hollow covered covers upper bound than more each latest observed contents
        method spans events dated only counted shown one none empty before after gap change rose fell stayed civilians
        members fighters strength size sizes drawn described involved governorate to in for has have been there their
        be as if when what some column side dyad violence region figures others together open ended summed
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// The Latin words an Arabic brief may hold: the data's and the spec's own names,
    /// the web address, the licence.
    static let arabicAllowed: Set<String> = ["Bulletin", "Syrie", "Irak", "Idlib", "Alep", "Homs", "Hama", "Deraa", "Tartous",
                                             "Frontière", "Ninive", "Anbar", "Groupe", "A", "B", "C", "D", "E", "F", "G",
                                             "Moniteur", "Veille", "Siège", "Trêve", "Texte", "libre", "CC", "https", "example",
                                             "org", "moniteur", "syrie", "irak", "csv"]

    static let syrie = """
        id,date_start,date_end,country,adm_1,actor,measure,low,best,high,estimate,source
        r1,2022-01-10,2022-01-10,Syrie,Idlib,Groupe A,killed,10,12,15,,Moniteur
        r2,2022-02-11,2022-02-11,Syrie,Alep,Groupe B,killed,20,25,30,,Moniteur
        r3,2022-03-12,2022-03-12,Syrie,Homs,Groupe A,killed,5,7,9,,Moniteur
        r4,2022-04-02,2022-04-02,Syrie,Idlib,Groupe A,killed,30,35,50,,Moniteur
        r5,2022-04-09,2022-04-09,Syrie,Alep,Groupe B,killed,1000,1200,1500,,Moniteur
        r6,2022-05-02,2022-05-02,Syrie,Idlib,Groupe A,killed,40,45,60,,Moniteur
        r7,2022-05-03,2022-05-03,Syrie,Alep,Groupe B,killed,900,1000,1100,,Moniteur
        r8,2022-05-04,2022-05-04,Syrie,Homs,Groupe C,killed,12,12,,,Moniteur
        r9,2022-05-05,2022-05-05,Syrie,Hama,Groupe C,killed,3,5,8,,Moniteur
        r10,2022-05-06,2022-05-06,Syrie,Deraa,Groupe D,killed,2,3,4,,Moniteur
        r11,2022-05-07,2022-05-07,Syrie,Tartous,Groupe D,killed,1,2,3,,Moniteur
        r12,2022-05-08,2022-05-08,Syrie,,Groupe E,killed,4,5,6,,Moniteur
        r13,2022-05-09,2022-05-09,Irak;Syrie,Frontière,Groupe F,killed,6,7,9,,Moniteur
        r14,2022-05-10,2022-05-10,Irak,Ninive,Groupe F,killed,8,9,10,,Moniteur
        r15,2022-01-01,2022-12-31,Syrie,Idlib,Groupe A,killed,50,60,70,,Moniteur
        r16,2022-05-11,2022-05-11,Syrie,Idlib,Groupe A,civilians_killed,3,4,6,,Moniteur
        r17,2022-05-12,2022-05-12,Syrie,Alep,Groupe B,injured,10,11,12,,Moniteur
        r18,2022-04-12,2022-04-12,Syrie,Alep,Groupe B,injured,5,6,7,,Moniteur
        r19,2022-04-13,2022-04-13,Syrie,Alep,Groupe B,members,100,120,140,,Moniteur
        r20,2022-05-14,2022-05-14,Syrie,Alep,Groupe B,members,110,130,150,,Moniteur
        r21,2022-05-20,2022-05-20,Syrie,Idlib,Groupe A,killed,1,1,1,,Moniteur
        r22,2022-05-15,2022-05-15,Syrie,Homs,Groupe C,killed,,,,about 40 killed,Moniteur

        """
    static let irak = """
        id,date_start,date_end,country,adm_1,actor,measure,low,best,high,source
        q1,2022-03-05,2022-03-05,Irak,Ninive,Groupe F,killed,3,4,5,Veille
        q2,2022-04-05,2022-04-05,Irak,Anbar,Groupe G,killed,6,7,8,Veille
        q3,2022-05-10,2022-05-10,Irak,Ninive,Groupe F,killed,9,10,11,Veille

        """

    static func spec(_ locale: String) -> String {
        """
        title: Bulletin Syrie
        name: b
        locale: \(locale)
        period:
          every: month
          which: 2022-05
        datasets:
          - path: syrie.csv
            continuous: true
            locale: en
            source: Moniteur
            licence: CC0 1.0
            attribution: Moniteur
            url: https://example.org/moniteur
          - path: irak.csv
            continuous: true
            source: Veille
            licence: CC0 1.0
        sections:
          - type: summary
          - type: bar
            measure: killed
            by: adm1
            top: 3
            highlight: [Idlib]
            annotate: ["Alep=Siège"]
          - type: bar
            measure: killed
            by: country
          - type: bar
            measure: members
            by: adm1
          - type: timeline
            measure: killed
            periods: 6
            annotate: ["2022-03=Trêve"]
          - type: timeline
            measure: killed
            by: country
            periods: 6
          - type: timeline
            measure: killed
            by: adm1
            top: 2
            periods: 6
          - type: timeline
            measure: killed
            by: adm1
            top: 6
            layout: small-multiples
            periods: 6
          - type: timeline
            measure: members
            periods: 6
          - type: table
            by: [adm1, actor]
            measures: [killed]
          - type: table
            by: [country]
          - type: notes
            text: Texte libre.
        """
    }

    /// The brief's PDF text and HTML text (with the head's title and description and
    /// every attribute a reader or a screen reader meets).
    static func texts(_ locale: String) throws -> (pdf: String, html: String) {
        let dir = temporaryFolder("words-" + locale)
        write(syrie, to: dir + "/syrie.csv")
        write(irak, to: dir + "/irak.csv")
        write(spec(locale), to: dir + "/b.yml")
        let out = try run(dir + "/b.yml", out: dir + "/out", formats: [.pdf, .html])
        let page = String(decoding: bytes(out.html!)!, as: UTF8.self)
        var attributes: [String] = []
        for name in ["name=\"description\" content=\"", "alt=\"", "aria-label=\"", "title=\""] {
            var rest = page[...]
            while let r = rest.range(of: name) {
                let after = rest[r.upperBound...]
                guard let close = after.firstIndex(of: "\"") else { break }
                attributes.append(String(after[..<close]))
                rest = after[close...]
            }
        }
        return (try pdftotext(out.pdf!), HTMLChecks.text(page, dropping: ["style"]) + " " + attributes.joined(separator: " "))
    }

    /// Words of `text`; code the method text quotes (`count_at_start: true`, `Iraq;Syria`)
    /// and the data's file names are not words of the brief's language.
    static func words(_ text: String) -> [String] {
        var t = text
        for code in ["count_at_start: true", "--count-at-start", "Iraq;Syria", "syrie.csv", "irak.csv"] {
            t = t.replacingOccurrences(of: code, with: " ")
        }
        return t.split(whereSeparator: { !$0.isLetter }).map(String.init)
    }

    @Test(arguments: ["fr", "es", "ar"])
    func noEnglishWordReachesTheBrief(_ locale: String) throws {
        let (pdf, html) = try Self.texts(locale)
        for (what, text) in [("PDF", pdf), ("HTML", html)] {
            let ws = Self.words(text)
            #expect(ws.count > 300, "\(what): \(ws.count) words")
            let english = Set(ws.filter { Self.english.contains($0.lowercased()) })
            #expect(english.isEmpty, "\(locale) \(what): English words \(english.sorted())")
            if locale == "ar" {
                let latin = Set(ws.filter { $0.unicodeScalars.allSatisfy { $0.isASCII } && !Self.arabicAllowed.contains($0) })
                #expect(latin.isEmpty, "ar \(what): Latin words that are not the data's names: \(latin.sorted())")
            }
        }
        // What the brief exercises, so the search above has something to find: the
        // joint region, a partial period, the fold, the span footnote.
        let expected: [String: [String]] = [
            "fr": ["Irak et Syrie (ensemble)", "partiel : syrie.csv données jusqu’au 20 mai", "Chiffres clés", "Par acteur impliqué et lieu", "Notes",
                   "autres", "Mai 2022 n’est couvert"],
            "es": ["Irak y Syrie (en conjunto)", "parcial: syrie.csv datos hasta el 20 de mayo", "Cifras principales", "Por actor implicado y lugar", "Notas",
                   "otros", "Mayo de 2022 solo está cubierto"],
            "ar": ["(معًا)", "جزئي: syrie.csv بيانات حتى 20 مايو", "الأرقام الرئيسية", "حسب الطرف المعني والمكان", "ملاحظات", "أخرى"],
        ]
        for phrase in expected[locale]! {
            #expect(html.contains(phrase), "\(locale) HTML lacks \(phrase)")
        }
        // A sentence opens with a capital in the locale's way, also when its message
        // opens with a month name (review15 #11: "…). juin 2023 n’est couvert").
        if locale != "ar" {
            let flat = pdf.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
            #expect(flat.contains(expected[locale]!.last!), "\(locale) PDF")
        }
        // The sources page's labels are one message in both: `Source :` in French.
        if locale == "fr" {
            #expect(html.contains("Source : Moniteur") && pdf.contains("Source : Moniteur"))
        }
    }
}

/// Review15 #11: a spec title ending in U+202E reached the HTML `<title>` and the PDF's
/// Title, reversing the ` — June 2023` tally appends. Embeddings, overrides and
/// isolates are refused in every text of a spec, as `name:` refuses them; the marks
/// U+200E and U+200F stay allowed.
@Suite struct SpecBidiControlTests {
    func spec(title: String, note: String = "x") -> String {
        """
        title: "\(title)"
        name: b
        period: 2023-04
        datasets:
          - path: a.csv
            source: S
            licence: CC0
        sections:
          - type: notes
            text: "\(note)"
        """
    }

    @Test(arguments: ["\u{202E}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}"])
    func reorderingCharactersAreRefused(_ c: String) throws {
        let annotated = spec(title: "Brief") + "\n  - type: bar\n    measure: killed\n    annotate: [\"Balkh=Raid" + c + "\"]"
        for (yaml, path) in [(spec(title: "Brief " + c), "title"), (spec(title: "Brief", note: "a" + c + "b"), "sections[0].text"),
                             (annotated, "sections[1].annotate[0]")] {
            do {
                _ = try SpecParser.parse(yaml, file: "x.yml")
                Issue.record("\(path) with U+\(String(c.unicodeScalars.first!.value, radix: 16)) was accepted")
            } catch {
                let m = error.description
                #expect(m.contains(path + ": contains") && m.contains("reorders") && m.contains("remove it"), "\(m)")
            }
        }
    }

    @Test func marksAreAllowed() throws {
        let spec = try SpecParser.parse(spec(title: "موجز \u{200F}2023\u{200E}"), file: "x.yml")
        #expect(spec.title == "موجز \u{200F}2023\u{200E}")
    }
}

/// Joint regions in the chart's language (review15 #7: "Iraq and Syria (joint)" in
/// French, Spanish and Arabic briefs); matching `--highlight` names stays English.
@Suite struct JointRegionWordsTests {
    @Test func inEveryCompleteLanguage() throws {
        let cases: [(String, String, String, String)] = [
            ("en", "Iraq and Syria (joint)", "Iraq, Syria and Turkey (joint)", "Iraq and Syria, joint"),
            ("fr", "Iraq et Syria (ensemble)", "Iraq, Syria et Turkey (ensemble)", "Iraq et Syria, ensemble"),
            ("es", "Iraq y Syria (en conjunto)", "Iraq, Syria y Turkey (en conjunto)", "Iraq y Syria, en conjunto"),
            ("ar", "Iraq وSyria (معًا)", "Iraq، Syria وTurkey (معًا)", "Iraq وSyria، معًا"),
        ]
        for (id, two, three, parent) in cases {
            let l = try #require(DisplayLocale(identifier: id))
            DisplayLocale.with(l) {
                #expect(JointRegion.words("Iraq;Syria") == two)
                #expect(JointRegion.words("Iraq;Syria;Turkey") == three)
                #expect(JointRegion.parentWords("Iraq;Syria") == parent)
                #expect(JointRegion.words("Syria") == "Syria")
                #expect(Highlight.fold("Iraq;Syria") == "iraq and syria (joint)")
            }
        }
    }
}

/// The unit every name shares, under a chart's headline (`Governorates of Syria`): the
/// catalogue's plural and no English "of" in French, Spanish and Arabic; the data's
/// words for a unit the catalogue does not have; English and German as before.
@Suite struct SharedUnitPhraseTests {
    @Test func inTheChartsLanguage() throws {
        let cases: [(String, String, String, String)] = [
            ("en", "Governorates of Syria", "Governorates", "Cantons of Suisse"),
            ("de", "Governorates of Syria", "Governorates", "Cantons of Suisse"),
            ("fr", "Gouvernorats (Syria)", "Gouvernorats", "Cantons (Suisse)"),
            ("es", "Gobernaciones (Syria)", "Gobernaciones", "Cantons (Suisse)"),
            ("ar", "المحافظات (Syria)", "المحافظات", "Cantons (Suisse)"),
        ]
        for (id, withParent, alone, other) in cases {
            let l = try #require(DisplayLocale(identifier: id))
            DisplayLocale.with(l) {
                #expect(SharedSuffix(words: "Governorate").phrase(parents: "Syria") == withParent, "\(id)")
                #expect(SharedSuffix(words: "governorate").phrase(parents: nil) == alone, "\(id)")
                #expect(SharedSuffix(words: "Canton").phrase(parents: "Suisse") == other, "\(id)")
            }
        }
    }
}
