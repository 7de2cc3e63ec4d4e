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
        trailing: [("prováveis", .approximate), ("no máximo", .atMost),  ("ou mais", .atLeast), ("no mínimo", .atLeast), ("pelo menos", .atLeast)],
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
            "deslocados", "refugiados", "morto", "ferido", "civil", "soldado", "pessoa", "moradores", "habitantes",
            "residentes",
            // dest26 (issue 12, refusal): "13 corpos", "13 cadáveres" (bodies) under killed, as "13 corps".
            "corpos", "cadáveres",
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
        oneMore: ["outro", "outra", "mais um", "mais uma"],
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
        fractionsOf: ["a metade dos", "metade dos", "a metade das", "metade das", "a maioria dos", "a maioria das",
                      "metade de", "a metade de", "a maior parte dos", "a maior parte das", "maior parte dos", "maior parte das"],
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
        measures: [("mortos", "killed"), ("morto", "killed"), ("mortas", "killed"), ("feridos", "injured"), ("ferido", "injured"), ("feridas", "injured"),
                   // What happened to the people counted (review12c): read for that measure, refused for another.
                   ("assassinados", "killed"), ("executados", "killed"), ("decapitados", "killed"), ("massacrados", "killed"), ("linchados", "killed"), ("fuzilados", "killed"), ("libertados", "released"), ("soltos", "released"), ("resgatados", "rescued"), ("sequestrados", "kidnapped"), ("sequestradas", "kidnapped"), ("assassinadas", "killed"), ("decapitadas", "killed"), ("executadas", "killed"), ("raptados", "kidnapped"), ("presos", "arrested"), ("detidos", "arrested"), ("desaparecidos", "missing"), ("torturados", "tortured"), ("fogem", "displaced"), ("fugiram", "displaced"), ("evacuados", "evacuated"), ("capturados", "captured"),
                   // dest26 (issue 12, refusal): "13 mortes", "13 pessoas massacradas" were refused as unknown words under killed.
                   ("mortes", "killed"), ("massacradas", "killed")],
        // Nouns of people whose state is a measure ("1200 refugees"): read for it unless a verb after them
        // says what happened to them ("12 refugees were killed").
        statusMeasures: [("refugiados", "displaced"), ("deslocados", "displaced"), ("desalojados", "displaced"), ("reféns", "kidnapped"), ("prisioneiros", "arrested"), ("reclusos", "arrested")],
        percents: ["por cento"],
        percentsBefore: [],
        negations: ["negou", "nega", "desmentiu", "desmente", "falso", "falsa", "boatos", "vivos", "não"],
        // review12c: people counted by another outcome than death or injury.
        outcomes: ["deslocados", "refugiados", "reféns", "libertados", "detidos", "presos", "sequestrados", "desaparecidos", "resgatados", "sobreviventes"],
        // Number words as parts of one number (NumberWords.swift): "composed" readings.
        numberParts: NumberParts(
            units: [("um", 1), ("uma", 1), ("dois", 2), ("duas", 2), ("três", 3), ("tres", 3), ("quatro", 4), ("cinco", 5), ("seis", 6), ("sete", 7), ("oito", 8), ("nove", 9)],
            teens: [("dez", 10), ("onze", 11), ("doze", 12), ("treze", 13), ("catorze", 14), ("quatorze", 14), ("quinze", 15), ("dezesseis", 16), ("dezasseis", 16), ("dezessete", 17), ("dezassete", 17), ("dezoito", 18), ("dezenove", 19), ("dezanove", 19)],
            tens: [("vinte", 20), ("trinta", 30), ("quarenta", 40), ("cinquenta", 50), ("cinqüenta", 50), ("sessenta", 60), ("setenta", 70), ("oitenta", 80), ("noventa", 90)],
            hundreds: [("cem", 100), ("cento", 100), ("duzentos", 200), ("duzentas", 200), ("trezentos", 300), ("trezentas", 300), ("quatrocentos", 400), ("quatrocentas", 400), ("quinhentos", 500), ("quinhentas", 500), ("seiscentos", 600), ("seiscentas", 600), ("setecentos", 700), ("setecentas", 700), ("oitocentos", 800), ("oitocentas", 800), ("novecentos", 900), ("novecentas", 900)],
            scales: [("mil", 1000), ("milhão", 1000000), ("milhao", 1000000), ("milhões", 1000000), ("milhoes", 1000000), ("bilhão", 1000000000), ("bilhões", 1000000000)],
            wholeScales: [("mil", 1000)],
            joiners: ["e"]
        ),
        ratios: ["em cada", "de cada"],
        parents: ["pai de", "mãe de"],
        averages: ["em média", "uma média de", "média de"],
        additions: ["acrescentados", "somam-se", "se somam"],
        fillers: ["hã"],
        timesBefore: ["às"],
        qualifierTails: ["menos"],
        expectations: ["esperam", "espera", "preveem", "prevê"],
        agesAfter: ["anos de idade"],
        groupOf: ["dos", "das"],
        groupOfThe: ["dos", "das"],
        groupArticles: ["os", "as"],
        deadGroups: ["vítimas"],
        partQuantifiers: ["maioria", "metade"],
        kinNames: ["irmãs", "irmãos", "santos"],
        nameNouns: ["rios", "lagoas", "barras", "pontes", "corações", "morros", "ilhas", "passos", "pinheiros", "fontes",
                    "serras", "coqueiros", "cachoeiras", "quedas", "estradas", "vendas", "palmeiras", "marias"],
        fractionDeterminers: ["esses", "essas", "estes"],
        // Names of a statistical interval before its ends, after the figure it is around
        // (phrases21, review30 S18).
        intervals: ["ic", "intervalo de confiança", "intervalo de incerteza", "intervalo interquartil"]
    )
}
