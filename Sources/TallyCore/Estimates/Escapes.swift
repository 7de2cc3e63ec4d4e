/// Escapes from custody (phrases10, issue 12): prisoners who fled are no displaced people.
///
/// "3 prisoners fled", "12 détenus ont fui", "12 prisioneros huyeron", "فر 3 سجناء" had read
/// 3 and 12 under `--measure displaced`, `idps` and `refugees` (exit 0): the verb of flight
/// after a noun of people held ("prisoners", a status noun of arrest) named the measure
/// displaced, so the figure took the measure asked for. A jailbreak's escapees left a prison,
/// not their homes; they are no figure of the displaced. Under other measures the readings
/// stay as they were ("3 prisoners fled" is refused under killed as before, read under none).
extension PhraseReader {
    /// Nouns of people held in custody or captivity (hostages who fled their captors are
    /// no displaced people either), in en, fr, es and ar (Arabic in the lexer's spelling:
    /// ``Normalizer`` reads أ as ا and ى as ي, so both spellings are listed through it).
    static let heldPeopleNouns: Set<String> = normalizedWords([
        "prisoners", "prisoner", "inmates", "inmate", "detainees", "detainee", "convicts", "convict", "captives", "captive",
        "pows", "jailbirds", "hostages", "hostage", "abductees",
        "otages", "otage", "rehenes", "rehén", "secuestrados", "رهائن", "رهينة", "مختطفين", "مخطوفين",
        "prisonniers", "prisonnier", "prisonnières", "détenus", "détenu", "détenues", "detenus", "captifs", "bagnards",
        "presos", "presas", "preso", "reclusos", "reclusas", "recluso", "prisioneros", "prisioneras", "prisionero",
        "detenidos", "detenidas", "reos", "cautivos",
        "سجناء", "سجين", "سجينا", "سجينًا", "سجينات", "معتقلين", "معتقلا", "معتقل", "معتقلون", "محتجزين", "محتجزا", "محتجز",
        "محتجزون", "أسرى", "أسير", "أسيرا", "نزلاء", "نزيل", "نزيلا",
    ])

    /// Verbs and nouns of an escape or a flight, as said of people held: "fled", "escaped",
    /// "broke out" (``breaksOut(at:)``), "se sont évadés", "ont fui", "se fugaron",
    /// "escaparon", "huyeron", "فر", "هرب", "فرار".
    static let escapeWords: Set<String> = normalizedWords([
        "fled", "flee", "flees", "fleeing", "escaped", "escape", "escapes", "escaping", "absconded", "breakout", "jailbreak",
        "évadés", "évadées", "évadé", "évader", "évadent", "évadaient", "évasion", "evades", "fui", "fuient", "fuir", "fuyaient",
        "enfuis", "enfuies", "enfuient", "échappés", "échappé", "échappent",
        "fugaron", "fugado", "fugados", "fugan", "fugaban", "fuga", "fugarse", "escaparon", "escapan", "escapado", "escapados",
        "escapar", "huyeron", "huyen", "huido", "huir", "evadieron", "evadido", "evadidos", "evadirse",
        "فر", "وفر", "فروا", "وفروا", "فرار", "هرب", "وهرب", "هربوا", "وهربوا", "هروب", "فرّ",
    ])

    static func normalizedWords(_ words: [String]) -> Set<String> {
        Set(words.map { String(String.UnicodeScalarView(Normalizer.scalars(of: $0.lowercased()))) })
    }

    /// "broke out", "break out", "breaking out", "broke free": an escape in two words.
    func breaksOut(at i: Int) -> Bool {
        guard let w = word(at: i), ["broke", "break", "breaks", "breaking"].contains(w) else { return false }
        return ["out", "free", "loose"].contains(word(at: i + 1) ?? "")
    }

    /// The figure's people are people held (a noun of ``heldPeopleNouns`` in the three words
    /// after it, past adjectives: "3 political prisoners") and its clause says they escaped or
    /// fled (three words before the figure, "فر 3 سجناء", or six after the noun, "3 prisoners
    /// fled the jail"), up to a comma or the end of a sentence. The words to quote and the
    /// verb; nil otherwise. Another noun of people, a measure word or "and" before the noun of
    /// the held ends the search: "3,000 people fled as prisoners escaped" counts the 3,000.
    func escapedFromCustody(_ found: Finding) -> (range: Range<Int>, verb: String)? {
        func held(_ w: String) -> Bool {
            PhraseReader.heldPeopleNouns.contains(w) || (w.hasPrefix("ال") && PhraseReader.heldPeopleNouns.contains(String(w.dropFirst(2))))
        }
        func escape(at i: Int) -> Bool { word(at: i).map(PhraseReader.escapeWords.contains) == true || breaksOut(at: i) }
        func stops(_ i: Int) -> Bool {
            isPunctuation(",", at: i) || isPunctuation(".", at: i) || isPunctuation(";", at: i) || isPunctuation("!", at: i)
                || isPunctuation("?", at: i) || isPunctuation("\u{060C}", at: i) || isPunctuation("\u{061B}", at: i)
        }
        var noun: Int? = nil
        var i = found.end
        while i < tokens.count, i < found.end + 4, let w = word(at: i) {
            if held(w) { noun = i; break }
            if escape(at: i) || vocab.measures[w] != nil || vocab.personWords.contains(w) || vocab.andWords.contains(w) { break }
            i += 1
        }
        guard let at = noun else { return nil }
        var k = found.start - 1
        while k >= 0, k >= found.start - 3, !stops(k) {
            if escape(at: k) { return (k..<(at + 1), tokens[k].text) }
            k -= 1
        }
        k = at + 1
        while k < tokens.count, k <= at + 6, !stops(k) {
            if escape(at: k) {
                let end = breaksOut(at: k) ? k + 2 : k + 1
                return (found.start..<end, phrase(k..<end))
            }
            k += 1
        }
        return nil
    }
}
