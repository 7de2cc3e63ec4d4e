// Spanish (es). Numbers with a decimal comma ("1,2 millones") need `--locale es`.

extension Languages {
    static let spanish = LanguageTable(
        code: "es",
        before: [
            ("+ de", .moreThan),
            ("al menos", .atLeast), ("por lo menos", .atLeast), ("como mínimo", .atLeast),
            ("como minimo", .atLeast), ("no menos de", .atLeast), ("un mínimo de", .atLeast),
            ("más de", .moreThan), ("mas de", .moreThan), ("por encima de", .moreThan),
            ("alrededor de", .approximate), ("cerca de", .approximate), ("aproximadamente", .approximate),
            ("unos", .approximate), ("unas", .approximate), ("casi", .approximate),
            ("más o menos", .approximate), ("en torno a", .approximate), ("aprox.", .approximate),
            ("hasta", .atMost), ("como máximo", .atMost), ("no más de", .atMost), ("un máximo de", .atMost),
            ("menos de", .fewerThan),
        ],
        trailing: [
            ("como mínimo", .atLeast), ("al menos", .atLeast), ("o más", .atLeast), ("o mas", .atLeast),
            ("aproximadamente", .approximate), ("como máximo", .atMost), ("o menos", .atMost),
        ],
        numbers: [
            ("sesenta", 60), ("setenta", 70), ("ochenta", 80), ("noventa", 90), ("doscientos", 200), ("trescientos", 300), ("quinientos", 500),
            ("uno", 1), ("dos", 2), ("tres", 3), ("cuatro", 4), ("cinco", 5), ("seis", 6), ("siete", 7),
            ("ocho", 8), ("nueve", 9), ("diez", 10), ("doce", 12), ("trece", 13), ("catorce", 14),
            ("quince", 15), ("dieciséis", 16), ("diecisiete", 17), ("dieciocho", 18), ("diecinueve", 19),
            ("veinte", 20), ("veintiuno", 21), ("veintiún", 21), ("veintidós", 22), ("veintitrés", 23),
            ("veinticuatro", 24), ("veinticinco", 25), ("veintiséis", 26), ("veintisiete", 27), ("veintiocho", 28),
            ("veintinueve", 29), ("treinta", 30), ("cuarenta", 40), ("cincuenta", 50),
            ("cien", 100), ("una docena", 12),
        ],
        scales: [
            ("mil", 1_000), ("mil millones", 1_000_000_000), ("millón", 1_000_000), ("millon", 1_000_000),
            ("millones", 1_000_000),
        ],
        articles: ["un", "una"],
        countWords: [
            ("varios", VagueRange(low: 3, best: 6, high: 9)), ("varias", VagueRange(low: 3, best: 6, high: 9)),
            ("unos pocos", VagueRange(low: 2, best: 3, high: 4)), ("unas pocas", VagueRange(low: 2, best: 3, high: 4)),
            ("algunos", VagueRange(low: 2, best: 3, high: 4)), ("algunas", VagueRange(low: 2, best: 3, high: 4)),
            ("un par de", VagueRange(low: 2, best: 2, high: 3)),
        ],
        // "miles" alone is an English distance: the Spanish plural needs its "de".
        plurals: [
            ("decenas", 10, 20, 99), ("docenas", 12, 24, 99), ("cientos", 100, 200, 999),
            ("centenares", 100, 200, 999), ("miles de", 1_000, 2_000, 9_999),
            ("decenas de miles", 10_000, 20_000, 99_999), ("cientos de miles", 100_000, 200_000, 999_999),
            ("centenares de miles", 100_000, 200_000, 999_999), ("millones de", 1_000_000, 2_000_000, 9_999_999),
        ],
        connectors: ["de"],
        rangeSeparators: ["a", "o"],
        betweenWords: ["entre"],
        andWords: ["y"],
        approximateUnits: [
            ("una decena", 10), ("una veintena", 20), ("una treintena", 30), ("un centenar", 100),
            ("un millar", 1_000),
        ],
        zeroWords: ["ninguno", "ninguna", "nadie"],
        sizeless: ["muchos", "muchas", "numerosos", "numerosas", "innumerables", "cientos y cientos"],
        otherCounts: [
            "familias", "veces", "casas", "viviendas", "aldeas", "pueblos", "días", "semanas", "meses",
            "años", "horas", "kilómetros", "proyectiles", "cohetes", "misiles", "bombas", "ataques",
            "vehículos", "edificios", "barrios",
        ],
        durations: ["veces", "días", "semanas", "meses", "años", "horas", "kilómetros"],
        personWords: [
            "bajas", "fallecidas", "asesinados",
            "personas", "muertos", "muertas", "heridos", "heridas", "civiles", "niños", "mujeres",
            "soldados", "militares", "víctimas", "fallecidos", "desplazados", "combatientes", "policías",
            "migrantes", "refugiados", "menores", "muerto", "herido", "civil", "soldado", "persona", "niño",
        ],
        casualtyWords: ["heridos", "heridas", "muertos", "fallecidos", "resultaron", "lesionados"],
        yearMarkers: ["en", "desde", "año", "del"],
        months: [
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
            "setiembre", "octubre", "noviembre", "diciembre",
        ],
        designations: ["ruta", "brigada", "batallón", "división", "resolución", "artículo", "carretera", "número"],
        partsBefore: [
            "entre ellos", "entre ellas", "incluidos", "incluidas", "de los cuales", "de las cuales",
            "entre los que", "entre las que", "entre los cuales",
        ],
        partsAfter: ["de ellos", "de ellas"],
        othersWords: ["otros", "otras"],
        numberOf: ["número de", "cifra de"],
        neutral: [
            "confirmó", "confirma", "informó", "informa", "registra", "registró", "reporta", "reportó", "bajas",
            "de", "del", "la", "el", "los", "las", "y", "e", "en", "con", "por", "a", "al", "que", "se",
            "su", "sus", "han", "ha", "son", "fueron", "fue", "murieron", "mueren", "muere", "murió",
            "muertos", "deja", "dejó", "dejan", "dejaron", "mata", "mató", "matan", "mataron", "causa",
            "causó", "causan", "causaron", "hay", "hubo", "otros", "otras", "otro", "otra", "total",
            "cifra", "eleva", "elevan", "asciende", "ascienden", "sube", "suben", "llega", "llegan",
            "resultaron", "resultó", "perdieron", "sido", "tras", "según", "contra", "para", "sin", "ya",
            "menos", "más", "asesinados", "asesinadas", "heridos", "balance", "deja", "saldo",
        ],
        currencies: ["dólares", "dólar", "euros", "pesos", "bolívares", "soles", "quetzales"],
        fractionsOf: ["la mitad de", "la mitad de los", "la mitad de las", "la mayoría de", "la mayoría de los", "la mayoría de las", "un tercio de", "un tercio de los"],
        singular: ["un", "una", "el", "la", "su"],
        possessives: ["su", "sus"],
        onePerson: ["conductor", "chofer", "chófer", "pasajero", "pasajera", "soldado", "policía", "agente", "guardia", "militar", "niño", "niña", "mujer", "hombre", "joven", "menor", "civil", "periodista", "comandante", "líder", "piloto", "médico", "enfermera", "sacerdote", "padre", "madre", "hijo", "hija", "esposa", "esposo", "hermano", "hermana", "bebé", "atacante", "pistolero", "sicario", "agresor", "campesino", "comerciante", "maestro", "maestra", "profesor", "estudiante", "alcalde"],
        measures: [("muertos", "killed"), ("muertas", "killed"), ("muerto", "killed"), ("fallecidos", "killed"), ("fallecido", "killed"), ("heridos", "injured"), ("heridas", "injured"), ("herido", "injured"), ("lesionados", "injured"), ("desaparecidos", "missing"), ("secuestrados", "kidnapped"), ("detenidos", "arrested")]
    )
}
