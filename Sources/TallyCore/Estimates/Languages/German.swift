// German (de). Dots group digits ("5.000") under `--locale de`.

extension Languages {
    static let german = LanguageTable(
        code: "de",
        before: [
            ("mindestens", .atLeast), ("wenigstens", .atLeast), ("zumindest", .atLeast),
            ("nicht weniger als", .atLeast),
            ("mehr als", .moreThan), ("über", .moreThan), ("ueber", .moreThan), ("weit über", .moreThan),
            ("knapp über", .moreThan),
            ("rund", .approximate), ("etwa", .approximate), ("ungefähr", .approximate),
            ("ungefaehr", .approximate), ("zirka", .approximate), ("fast", .approximate),
            ("beinahe", .approximate), ("nahezu", .approximate), ("knapp", .approximate),
            ("annähernd", .approximate), ("gut", .approximate),
            ("bis zu", .atMost), ("höchstens", .atMost), ("maximal", .atMost),
            ("weniger als", .fewerThan), ("unter", .fewerThan),
        ],
        trailing: [("oder mehr", .atLeast), ("und mehr", .atLeast)],
        numbers: [
            ("zwei", 2), ("drei", 3), ("vier", 4), ("fünf", 5), ("sechs", 6), ("sieben", 7), ("acht", 8),
            ("neun", 9), ("zehn", 10), ("elf", 11), ("zwölf", 12), ("zwanzig", 20), ("dreißig", 30),
            ("hundert", 100), ("einhundert", 100),
        ],
        scales: [
            ("tausend", 1_000), ("millionen", 1_000_000), ("mio.", 1_000_000), ("mio", 1_000_000),
            ("milliarde", 1_000_000_000), ("milliarden", 1_000_000_000), ("mrd.", 1_000_000_000),
        ],
        countingUnits: [("dutzend", 12)],
        articles: ["ein", "eine", "einer", "einem"],
        countWords: [
            ("einige", VagueRange(low: 2, best: 3, high: 4)), ("ein paar", VagueRange(low: 2, best: 3, high: 4)),
            ("mehrere", VagueRange(low: 3, best: 6, high: 9)),
        ],
        plurals: [
            ("dutzende", 12, 24, 99), ("hunderte", 100, 200, 999), ("tausende", 1_000, 2_000, 9_999),
            ("zehntausende", 10_000, 20_000, 99_999), ("hunderttausende", 100_000, 200_000, 999_999),
            ("millionen", 1_000_000, 2_000_000, 9_999_999),
        ],
        connectors: ["von", "des"],
        rangeSeparators: ["bis", "oder"],
        betweenWords: ["zwischen"],
        andWords: ["und"],
        zeroWords: ["niemand", "keiner"],
        sizeless: ["viele", "zahlreiche", "unzählige"],
        otherCounts: [
            "familien", "mal", "häuser", "dörfer", "tage", "tagen", "wochen", "monate", "monaten", "jahre",
            "jahren", "stunden", "raketen", "granaten", "bomben", "angriffe", "fahrzeuge", "gebäude",
        ],
        durations: ["mal", "tage", "tagen", "wochen", "monate", "monaten", "jahre", "jahren", "stunden"],
        personWords: [
            "menschen", "personen", "tote", "toten", "verletzte", "verletzten", "zivilisten", "kinder",
            "frauen", "soldaten", "opfer", "kämpfer", "getötet", "flüchtlinge", "vertriebene", "toter", "verletzter",
            "zivilist", "soldat", "kind", "mensch",
        ],
        casualtyWords: ["verletzt", "verletzte", "getötet", "verwundet"],
        yearMarkers: ["im", "seit", "bis", "jahr", "jahres", "anfang", "mitte"],
        months: [
            "januar", "februar", "märz", "maerz", "april", "mai", "juni", "juli", "august", "september",
            "oktober", "november", "dezember",
        ],
        designations: ["brigade", "bataillon", "division", "resolution", "artikel", "nummer", "nr."],
        partsBefore: ["darunter", "davon", "unter ihnen", "einschließlich"],
        partsAfter: ["von ihnen"],
        othersWords: ["weitere", "weiteren", "andere", "anderen"],
        numberOf: ["zahl der", "anzahl der"],
        neutral: [
            "seien", "sind", "wurden", "anschließend", "danach", "zudem", "außerdem",
            "der", "die", "das", "den", "dem", "des", "und", "oder", "in", "im", "bei", "beim", "mit", "von",
            "vom", "zu", "zum", "zur", "auf", "an", "am", "nach", "für", "aus", "sind", "ist", "wurden",
            "wurde", "worden", "haben", "hat", "kamen", "starben", "sterben", "getötet", "gestorben", "ums",
            "leben", "es", "sich", "sie", "wir", "insgesamt", "weitere", "weiteren", "andere", "anderen",
            "nun", "jetzt", "bereits", "schon", "zahl", "steigt", "stieg", "tote", "verletzte",
        ],
        currencies: ["euro", "dollar", "franken", "us-dollar"],
        fractionsOf: ["die hälfte der", "hälfte der", "die mehrheit der", "die meisten der", "ein drittel der", "ein viertel der"],
        singular: ["ein", "eine", "der", "die", "das", "sein", "seine", "ihr", "ihre"],
        possessives: ["sein", "seine", "seinen", "seiner", "ihr", "ihre", "ihren", "ihrer"],
        onePerson: ["fahrer", "fahrerin", "passagier", "soldat", "polizist", "polizistin", "kind", "frau", "mann", "junge", "mädchen", "zivilist", "journalist", "kommandeur", "anführer", "pilot", "arzt", "ärztin", "priester", "vater", "mutter", "sohn", "tochter", "bruder", "schwester", "baby", "angreifer", "attentäter", "schütze", "täter", "lehrer", "student", "bürgermeister"],
        groups: ["armee", "militär", "polizei", "miliz", "milizen", "streitkräfte", "truppen", "regime", "besatzung", "familie", "personal", "bundeswehr", "patrouille", "armee", "soldaten", "eskorte"],
        joins: ["&", "sowie", "samt", "plus", "ebenso wie"],
        attributions: ["laut", "nach angaben", "zufolge", "sagte"],
        measures: [("tote", "killed"), ("toten", "killed"), ("toter", "killed"), ("getötet", "killed"), ("verletzte", "injured"), ("verletzten", "injured"), ("verletzt", "injured"), ("verwundete", "injured")]
    )
}
