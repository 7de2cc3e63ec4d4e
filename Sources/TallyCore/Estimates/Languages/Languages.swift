/// The tables every parse uses, in the order their phrases are tried when two
/// languages spell a phrase the same way (the first table wins).
///
/// To add a language: copy a table file such as `German.swift`, fill in the lists,
/// and add it here. Nothing in the grammar changes.
enum Languages {
    static let all: [LanguageTable] = [
        english, spanish, french, german, portuguese, russian, ukrainian, arabic, persian, turkish, indonesian, polish, italian, chinese,
    ]

    /// Words of languages with no table yet that sit one edit from a scale word or a number
    /// word of a table: Dutch "doden" (the dead) is not a misspelt "dozen", nor "duizend"
    /// (thousand) a misspelt German "dutzend" (dozen). Such a word next to a figure is still
    /// refused as an unknown word, but never with a hint to "correct" it into another
    /// language's word (phrases19, review28 N6). Found by reading casualty words and number
    /// words of Dutch, Swedish, Danish, Norwegian, Czech, Romanian, Croatian, Serbian,
    /// Hungarian, Finnish, Swahili and Tagalog against the tables (EstimatePhrases19Tests).
    static let untabledWords: Set<String> = Set([
        // nl: the dead; thousand, thousands.
        "doden", "duizend", "duizenden",
        // sv: million; da, no: hundred, millions.
        "miljon", "hundrede", "hundre", "millioner",
        // cs: of millions; ro: millions; hr, sr, bs: of millions.
        "milionů", "milioane", "miliona",
    ].map(Vocabulary.word))
}

