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
        personWords: ["persone", "morti", "feriti", "vittime", "civili", "soldati", "bambini", "uccisi"],
        casualtyWords: ["morti", "feriti", "uccisi", "uccise", "ferite", "morte"],
        months: ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                 "ottobre", "novembre", "dicembre"],
        othersWords: ["altri", "altre"],
        neutral: [
            "sono", "stati", "state", "è", "il", "la", "le", "gli", "nel", "nella", "del", "della", "dei", "delle",
            "un", "una", "bilancio", "morti", "feriti", "uccisi", "persone", "vittime", "almeno", "oltre", "circa",
        ],
        changes: ["salito", "salita", "sale", "aumentato", "aumentata", "aumenta", "cresciuto", "cresce"],
        increments: ["altri", "altre", "ulteriori", "ancora"],
        incrementsAfter: ["nuove", "nuovi", "in più"],
        changeBy: ["di"],
        measures: [("morti", "killed"), ("uccisi", "killed"), ("feriti", "injured")],
        percents: ["per cento", "percento"],
        percentsBefore: [],
        negations: ["smentito", "smentisce", "falso", "falsa", "voci"]
    )
}
