// Italian (it). Dots group digits ("5.000") under `--locale it`.
// A small table (issue 12, fifth review): qualifiers, scale words, the words of a
// casualty report and of increments ("altri 12", "ulteriori 12", "12 in più"), so that
// "another N" is refused here as in every other table. Number words are left out:
// "due", "sei", "otto" are English or names.

extension Languages {
    static let italian = LanguageTable(
        code: "it",
        before: [
            ("non più di", .atMost), ("non meno di", .atLeast), 
            
            ("almeno", .atLeast), ("come minimo", .atLeast),
            ("più di", .moreThan), ("oltre", .moreThan),
            ("circa", .approximate), ("quasi", .approximate), ("intorno a", .approximate),
            ("fino a", .atMost), ("al massimo", .atMost),
            ("meno di", .fewerThan),
        ],
        scales: [("mila", 1_000), ("milioni", 1_000_000), ("milione", 1_000_000)],
        andWords: ["ed"],
        personWords: ["persone", "morti", "feriti", "vittime", "civili", "soldati", "bambini", "uccisi", "abitanti", "residenti"],
        casualtyWords: ["morti", "feriti", "uccisi", "uccise", "ferite", "morte"],
        months: ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                 "ottobre", "novembre", "dicembre"],
        // A breakdown before the figure: "Tra i morti, 12 bambini" (review20b: read 12).
        partsBefore: ["tra i morti", "fra i morti", "tra le vittime", "fra le vittime", "tra i feriti", "fra i feriti",
                      "tra cui", "di cui", "tra loro", "fra loro", "compresi", "comprese", "inclusi", "incluse"],
        othersWords: ["altri", "altre"],
        oneMore: ["un altro", "un'altra", "un altra"],
        neutral: [
            "sono", "stati", "state", "è", "il", "la", "le", "gli", "nel", "nella", "del", "della", "dei", "delle",
            "un", "una", "bilancio", "morti", "feriti", "uccisi", "persone", "vittime", "almeno", "oltre", "circa",
        ],
        // A part of a stated total: "la metà dei 240", "la maggior parte dei morti, 300" (review20b: read 240, 300).
        fractionsOf: ["la metà dei", "la metà delle", "la metà degli", "la metà di", "metà dei", "metà delle", "metà degli", "metà di",
                      "la maggior parte dei", "la maggior parte delle", "la maggior parte degli", "maggior parte dei",
                      "maggior parte delle", "maggior parte degli", "la maggioranza dei", "la maggioranza delle",
                      "un terzo dei", "un terzo delle", "due terzi dei", "due terzi delle", "un quarto dei", "un quarto delle"],
        changes: ["salito", "salita", "sale", "aumentato", "aumentata", "aumenta", "cresciuto", "cresce"],
        increments: ["altri", "altre", "ulteriori", "ancora"],
        incrementsAfter: ["nuove", "nuovi", "in più"],
        changeBy: ["di"],
        measures: [("morti", "killed"), ("uccisi", "killed"), ("feriti", "injured"),
                   // What happened to the people counted (review12c): read for that measure, refused for another.
                   ("giustiziati", "killed"), ("decapitati", "killed"), ("massacrati", "killed"), ("assassinati", "killed"), ("liberati", "released"), ("rapiti", "kidnapped"), ("sequestrati", "kidnapped"), ("arrestati", "arrested"), ("dispersi", "missing"), ("torturati", "tortured"), ("fuggono", "displaced"), ("sfollati", "displaced"), ("evacuati", "evacuated")],
        // Nouns of people whose state is a measure ("1200 refugees"): read for it unless a verb after them
        // says what happened to them ("12 refugees were killed").
        statusMeasures: [("rifugiati", "displaced"), ("profughi", "displaced"), ("sfollati", "displaced"), ("ostaggi", "kidnapped"), ("prigionieri", "arrested"), ("detenuti", "arrested")],
        percents: ["per cento", "percento"],
        percentsBefore: [],
        negations: ["smentito", "smentisce", "falso", "falsa", "voci"],
        // Number words as parts of one number (NumberWords.swift): "composed" readings.
        numberParts: NumberParts(
            units: [("uno", 1), ("una", 1), ("un", 1), ("due", 2), ("tre", 3), ("tré", 3), ("quattro", 4), ("cinque", 5), ("sei", 6), ("sette", 7), ("otto", 8), ("nove", 9)],
            teens: [("dieci", 10), ("undici", 11), ("dodici", 12), ("tredici", 13), ("quattordici", 14), ("quindici", 15), ("sedici", 16), ("diciassette", 17), ("diciotto", 18), ("diciannove", 19)],
            tens: [("venti", 20), ("trenta", 30), ("quaranta", 40), ("cinquanta", 50), ("sessanta", 60), ("settanta", 70), ("ottanta", 80), ("novanta", 90), ("vent", 20), ("trent", 30), ("quarant", 40), ("cinquant", 50), ("sessant", 60), ("settant", 70), ("ottant", 80), ("novant", 90)],
            hundreds: [("cento", 100), ("cent", 100)],
            timesHundred: ["cento", "cent"],
            scales: [("mila", 1000), ("milione", 1000000), ("milioni", 1000000), ("miliardo", 1000000000), ("miliardi", 1000000000)],
            wholeScales: [("mille", 1000)],
            joiners: ["e"],
            fused: true
        ),
        ratios: ["su"],
        parents: ["padre di", "madre di"],
        averages: ["in media", "una media di"],
        timesBefore: ["alle ore", "alle"],
        agesAfter: ["anni di età"],
        groupOf: ["dei", "degli", "delle"],
        groupOfThe: ["dei", "degli", "delle"],
        groupArticles: ["i", "gli", "le"],
        deadGroups: ["vittime"],
        partQuantifiers: ["metà", "maggioranza"],
        kinNames: ["fratelli", "sorelle", "santi"],
        nameNouns: ["fontane", "fontanili", "terre", "ponti", "torri", "fiumi", "valli", "case", "strade", "vie", "colli",
                    "monti", "laghi", "pini", "querce", "isole", "porte", "croci", "castella", "cime", "pozzi", "mulini"],
        fractionDeterminers: ["questi", "queste"],
        // Names of a statistical interval before its ends, after the figure it is around
        // (phrases21, review30 S18).
        intervals: ["ic", "intervallo di confidenza", "intervallo di incertezza", "range interquartile"]
    )
}
