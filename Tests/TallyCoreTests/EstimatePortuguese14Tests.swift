import Testing
import TallyCore

/// portuguese14 (issue 12, silent), on main 0f3a316 (`tally estimate --measure M -- TEXT`):
/// no Portuguese country, people or destination word was known, so "5000 pessoas fugiram para
/// o Chade" read 5,000 under idps, "5000 deslocados sírios no Líbano" under idps, "5000
/// pessoas deslocadas dentro do país" and "fugiram para campos de deslocados" under refugees.
@Suite("Estimate text: Portuguese countries, peoples and destinations say refugees or idps (portuguese14)")
struct EstimatePortuguese14Tests {
    private static let toIdps = "counts refugees"
    private static let toRefugees = "counts idps"

    private func refugees(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        reads(text, 5000, 5000, 5000, measure: "refugees", sourceLocation: sourceLocation)
        refuses(text, containing: Self.toIdps, measure: "idps", sourceLocation: sourceLocation)
    }

    private func idps(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        reads(text, 5000, 5000, 5000, measure: "idps", sourceLocation: sourceLocation)
        refuses(text, containing: Self.toRefugees, measure: "refugees", sourceLocation: sourceLocation)
    }

    @Test func aPortugueseCountryAfterAVerbOfFleeingIsAcrossABorder() {
        for text in ["5000 pessoas fugiram para o Chade", "5000 pessoas fugiram para a Síria", "5000 pessoas fugiram para a Siria",
                     "5000 pessoas fugiram para o Líbano", "5000 pessoas fugiram para os Camarões", "5000 pessoas fugiram para as Filipinas",
                     "5000 pessoas fugiram para o Sudão do Sul", "5000 pessoas fugiram para o Sudao",
                     "5000 pessoas fugiram para a República Democrática do Congo", "5000 pessoas fugiram para a RDC",
                     "5000 pessoas fugiram para Moçambique", "5000 pessoas fugiram para o Quénia", "5000 pessoas fugiram para o Quênia",
                     "5000 pessoas fugiram para a Etiópia", "5000 pessoas fugiram para o Uganda", "5000 pessoas fugiram para a Guiné-Bissau",
                     "5000 pessoas fugiram para a Costa do Marfim", "5000 pessoas fugiram rumo ao Chade", "5000 pessoas fugiram ao Chade",
                     "5000 pessoas fugiram à Síria", "5000 pessoas fugiram do Sudão", "5000 pessoas fugiram da Síria para o Líbano",
                     "5000 pessoas fugiram do Darfur para o Chade", "5000 pessoas fugiram da guerra para o Chade",
                     "5000 pessoas fugiram do país", "5000 pessoas deixaram o país", "5000 sírios fugiram para o Líbano",
                     "5000 moçambicanos fugiram para o Malawi", "5000 pessoas fugiram para o Chade no domingo"] {
            refugees(text)
        }
        // The message names the words ("para o Chade").
        refuses("5000 pessoas fugiram para o Chade", containing: "\"para o Chade\"", measure: "idps")
        // A separator the user's locale says.
        reads("5.000 pessoas fugiram para o Chade", 5000, 5000, 5000, convention: NumberConvention(locale: "pt")!, measure: "refugees")
        reads("5 000 pessoas fugiram para o Chade", 5000, 5000, 5000, convention: NumberConvention(locale: "pt-PT")!, measure: "refugees")
        refuses("5.000 pessoas fugiram para o Chade", containing: "counts refugees", convention: NumberConvention(locale: "pt")!, measure: "idps")
    }

    @Test func abroadBorderNeighboursAndRefugeInPortuguese() {
        for text in ["5000 pessoas fugiram para o exterior", "5000 pessoas fugiram para o estrangeiro", "5000 pessoas atravessaram a fronteira",
                     "5000 pessoas fugiram através da fronteira", "5000 pessoas fugiram para países vizinhos",
                     "5000 pessoas fugiram para um país vizinho", "5000 pessoas fugiram para outro país",
                     "5000 pessoas refugiaram-se no Chade", "5000 pessoas se refugiaram no Chade", "5000 pessoas buscaram refúgio no Chade",
                     "5000 pessoas chegaram ao Chade", "5000 pessoas chegaram à Etiópia", "5000 pessoas fugiram para campos no Chade"] {
            refugees(text)
        }
    }

    @Test func insideTheCountryInPortuguese() {
        for text in ["5000 pessoas deslocadas dentro do país", "5000 pessoas fugiram para o interior do país",
                     "5000 pessoas fugiram para outras regiões do país", "5000 pessoas fugiram para aldeias vizinhas",
                     "5000 pessoas fugiram para campos de deslocados", "5000 pessoas fugiram para acampamentos de deslocados"] {
            idps(text)
        }
    }

    @Test func aPortugueseNationalityAndTheCountryItIsIn() {
        for text in ["5000 deslocados sírios no Líbano", "5000 deslocados sudaneses no Chade", "5000 deslocados congoleses no Uganda",
                     "5000 deslocados afegãos no Paquistão", "5000 deslocados venezuelanos na Colômbia", "5000 deslocados ucranianos na Polónia",
                     "5000 rohingyas deslocados no Bangladesh", "5000 deslocados sírios em campos no Líbano",
                     "5000 deslocados moçambicanos no Malawi", "O Líbano acolhe 5000 deslocados sírios"] {
            refugees(text)
        }
        for text in ["5000 deslocados sírios na Síria", "5000 deslocados sudaneses no Sudão", "5000 deslocados ucranianos na Ucrânia",
                     "5000 deslocados libaneses no Líbano", "5000 deslocados moçambicanos em Moçambique"] {
            idps(text)
        }
        reads("5.000 deslocados sírios no Líbano", 5000, 5000, 5000, convention: NumberConvention(locale: "pt")!, measure: "refugees")
        reads("5.000 deslocados sírios na Síria", 5000, 5000, 5000, convention: NumberConvention(locale: "pt")!, measure: "idps")
    }

    @Test func aPartAcrossABorderOrAPlaceThatCannotBeToldIsRefusedUnderBoth() {
        for text in ["5000 pessoas fugiram, incluindo 2000 para o Chade", "5000 pessoas fugiram, 2000 delas para o Chade",
                     "5000 pessoas fugiram, metade para o Chade", "5000 pessoas fugiram, a maioria para o exterior",
                     "5000 pessoas fugiram para o Chade e Darfur"] {
            refuses(text, containing: "only part of the people crossed a border", measure: "refugees")
            refuses(text, containing: "only part of the people crossed a border", measure: "idps")
        }
        for text in ["5000 pessoas fugiram para Adré, no Chade", "5000 pessoas fugiram para Pemba, em Moçambique"] {
            refuses(text, containing: "cannot be told", measure: "refugees")
            refuses(text, containing: "cannot be told", measure: "idps")
        }
    }

    @Test func portugueseWordsThatAreEnglishOnesChangeNoEnglishReading() {
        // "no", "do", "a", "as" are Portuguese leads only beside Portuguese words.
        for text in ["5,000 people found no shelter inside the country", "5,000 fled as Chad and Sudan fought",
                     "5,000 people fled a border town", "5,000 people fled no further than Aleppo"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
            reads(text, 5000, 5000, 5000, measure: "idps")
        }
        refugees("5,000 people fled to Chad")
        refugees("5,000 displaced Syrians in Lebanon")
    }
}
