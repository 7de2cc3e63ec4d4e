// Portuguese (pt).

extension Languages {
    static let portuguese = LanguageTable(
        code: "pt",
        before: [
            ("não mais de", .atMost), ("não mais que", .atMost), ("não menos de", .atLeast), ("não menos que", .atLeast), ("ultrapassa", .moreThan), ("ultrapassa os", .moreThan), ("supera os", .moreThan), ("se aproxima de", .approximate), ("se aproxima dos", .approximate), 
            
            ("+ de", .moreThan),
            ("pelo menos", .atLeast), ("no mínimo", .atLeast), ("ao menos", .atLeast),
            ("mais de", .moreThan), ("acima de", .moreThan),
            ("cerca de", .approximate), ("aproximadamente", .approximate), ("quase", .approximate),
            ("perto de", .approximate), ("por volta de", .approximate), ("em torno de", .approximate),
            ("uns", .approximate), ("umas", .approximate),
            ("até", .atMost), ("no máximo", .atMost),
            ("menos de", .fewerThan),
        ],
        trailing: [("no máximo", .atMost),  ("ou mais", .atLeast), ("no mínimo", .atLeast), ("pelo menos", .atLeast)],
        numbers: [
            ("dois", 2), ("duas", 2), ("três", 3), ("quatro", 4), ("sete", 7), ("oito", 8), ("nove", 9),
            ("dez", 10), ("doze", 12), ("vinte", 20), ("trinta", 30), ("cem", 100),
            ("cento", 100), ("quarenta", 40), ("cinquenta", 50), ("sessenta", 60), ("oitenta", 80),
            ("duzentos", 200), ("trezentos", 300), ("quatrocentos", 400), ("quinhentos", 500), ("seiscentos", 600),
            ("setecentos", 700), ("oitocentos", 800), ("novecentos", 900),
        ],
        numbersAfter: [("um", 1), ("uma", 1)
        ],
        scales: [
            ("milhão", 1_000_000), ("milhao", 1_000_000), ("milhões", 1_000_000), ("milhoes", 1_000_000),
            ("bilhão", 1_000_000_000), ("bilhões", 1_000_000_000),
        ],
        articles: ["um", "uma"],
        countWords: [
            ("alguns", VagueRange(low: 2, best: 3, high: 4)), ("algumas", VagueRange(low: 2, best: 3, high: 4)),
            ("vários", VagueRange(low: 3, best: 6, high: 9)), ("várias", VagueRange(low: 3, best: 6, high: 9)),
        ],
        plurals: [
            ("dezenas", 10, 20, 99), ("centenas", 100, 200, 999), ("milhares", 1_000, 2_000, 9_999),
            ("dezenas de milhares", 10_000, 20_000, 99_999), ("centenas de milhares", 100_000, 200_000, 999_999),
        ],
        rangeSeparators: ["ou"],
        andWords: ["e"],
        zeroWords: ["nenhum", "ninguém"],
        sizeless: ["muitos", "muitas", "inúmeros", "inúmeras"],
        otherCounts: [
            "famílias", "vezes", "casas", "aldeias", "dias", "semanas", "meses", "anos", "horas",
            "foguetes", "mísseis", "bombas", "ataques", "veículos",
            "bombardeiros", "aviões", "caças", "helicópteros", "tanques", "drones", "bombardeios", "disparos",
            "projéteis", "granadas", "caminhões",
        ],
        durations: ["vezes", "dias", "semanas", "meses", "anos", "horas"],
        personWords: [
            "pessoas", "mortos", "feridos", "civis", "crianças", "mulheres", "soldados", "vítimas",
            "deslocados", "refugiados", "morto", "ferido", "civil", "soldado", "pessoa",
        ],
        casualtyWords: ["feridos", "feridas", "mortos", "ficaram"],
        yearMarkers: ["em", "desde", "ano"],
        months: [
            "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
            "outubro", "novembro", "dezembro",
        ],
        // Streets, roads and units before their number ("شارع الـ 16"; issue 12, seventh review).
        designations: ["rua", "avenida", "estrada", "rodovia", "brigada", "batalhão", "divisão", "resolução", "artigo", "número"],
        partsBefore: ["entre os mortos", "entre as vítimas", "entre os feridos", "entre eles", "entre elas", "incluindo", "dos quais", "das quais"],
        partsAfter: ["deles", "delas"],
        othersWords: ["outros", "outras"],
        numberOf: ["número de"],
        neutral: [
            "mataram", "morreram", "matam",
            "o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "em", "no", "na", "nos", "nas", "com",
            "por", "para", "que", "se", "foram", "morreram", "morrem", "morre", "mortos", "deixa", "deixou",
            "deixam", "matou", "mata", "matam", "há", "houve", "outros", "outras", "total", "sobe", "subiu",
            "chega", "pessoas", "ficaram", "feridas", "ainda", "deixando", "matando", "matou", "faz", "fez",
            "mais", "são", "estão", "foi", "eram",
        ],
        currencies: ["reais", "dólares", "euros"],
        fractionsOf: ["a metade dos", "metade dos", "a metade das", "metade das", "a maioria dos", "a maioria das"],
        singular: ["um", "uma", "o", "a", "seu", "sua"],
        possessives: ["seu", "sua", "seus", "suas"],
        onePerson: ["motorista", "passageiro", "passageira", "soldado", "policial", "polícia", "agente", "criança", "mulher", "homem", "menino", "menina", "civil", "jornalista", "comandante", "piloto", "médico", "padre", "pai", "mãe", "filho", "filha", "irmão", "irmã", "bebê", "bebé", "atirador", "agressor", "professor", "estudante", "prefeito"],
        groups: ["exército", "polícia", "milícia", "milícias", "forças", "regime", "tripulação", "família", "famílias", "guarda", "patrulha", "escolta"],
        joins: ["&", "bem como", "assim como", "além de", "junto com"],
        attributions: ["segundo", "de acordo com", "conforme", "disse"],
        changes: ["subiu", "sobe", "passou", "passa", "aumentou", "aumenta", "cresceu"],
        increments: ["mais", "outros", "outras"],
        incrementsAfter: ["novos", "novas", "a mais"],
        changeBy: ["em"],
        documents: ["relatório", "relatorio", "boletim", "comunicado"],
        rates: ["diariamente", "por dia", "ao dia", "por semana", "por mês", "por ano", "cada"],
        perEach: ["cada"],
        comparisons: [],
        measures: [("mortos", "killed"), ("morto", "killed"), ("mortas", "killed"), ("feridos", "injured"), ("ferido", "injured"), ("feridas", "injured")],
        percents: ["por cento"],
        percentsBefore: [],
        negations: ["negou", "nega", "desmentiu", "desmente", "falso", "falsa", "boatos", "vivos", "não"],
        // review12c: people counted by another outcome than death or injury.
        outcomes: ["deslocados", "refugiados", "reféns", "libertados", "detidos", "presos", "sequestrados", "desaparecidos", "resgatados", "sobreviventes"]
    )
}
