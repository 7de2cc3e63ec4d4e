/// The tables every parse uses, in the order their phrases are tried when two
/// languages spell a phrase the same way (the first table wins).
///
/// To add a language: copy a table file such as `German.swift`, fill in the lists,
/// and add it here. Nothing in the grammar changes.
enum Languages {
    static let all: [LanguageTable] = [
        english, spanish, french, german, portuguese, russian, ukrainian, arabic, persian, turkish, indonesian, polish, italian, chinese,
    ]
}
