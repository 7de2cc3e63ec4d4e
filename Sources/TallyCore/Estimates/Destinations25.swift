// dest25 (issue 12, silent): a noun of the dead that governs the figure ("the massacre of 13 people
// from Afrin", "the execution of 13", "death toll of 13", "a mass grave of 13 people", "massacre de 13
// personnes", "matanza de 13 personas", "chacina de 13 pessoas") or that the figure counts ("13
// bodies", "13 corpses", "charnier de 13 corps") read 13 under refugees, idps and displaced, exit 0:
// the text names the figure's fate, killed, through a word the checks of the measures did not take
// for the figure's (they tie a fate after the figure, or a measure word). Under injured the same
// words were refused by the clause's fate; the nouns that table lacked ("exécution",
// "matanza", "ejecución", "chacina", "execução", pt "morreram") are added to it.

extension PhraseReader {
    /// dest25: the word of a death that is the figure's own, before it ("massacre of 13", "the
    /// death toll rose to 13", "مقتل 13") past the words a tie passes (``tieBefore``,
    /// ``risingTo``), or right after its people ("13 bodies", "13 people died"); nil when none or
    /// negated ("no massacre of 13").
    func killedWordOfFigure(_ finding: Finding) -> (word: String, range: Range<Int>)? {
        var i = finding.start - 1
        var passed = 0
        while passed < 5, let w = word(at: i), PhraseReader.tieBefore.contains(w) || PhraseReader.risingTo.contains(w), fateMeasure(at: i) == nil {
            i -= 1
            passed += 1
        }
        // "the slaughter of 13" (not in ``deathWords``: there it turned "slaughter 5 members"
        // under killed from a refusal into a reading, and killed is left as it was).
        if i >= 0, fateMeasure(at: i) == "killed" || word(at: i).map({ ["slaughter", "slaughters"].contains($0) }) == true,
           !(word(at: i - 1).map { ["not", "no", "never", "non", "sans", "sin", "sem", "لم", "لا", "غير"].contains($0) } ?? false) {
            return (tokens[i].text, i..<finding.end)
        }
        // The people's own noun may be the death word ("13 bodies", "13 corps"): the first fate
        // from the figure to the predicate after its people.
        let end = afterPeople(finding)
        if end < finding.end + 4, finding.end < tokens.count, let k = (finding.end...min(end, tokens.count - 1)).first(where: { fateMeasure(at: $0) != nil }),
           fateMeasure(at: k) == "killed",
           // "5,000 people lost their homes": a loss after the people is weighed by the checks of a
           // fate of the people (a life lost), not here.
           !(word(at: k).map { ["lost", "losing", "lose", "loses", "losses"].contains($0) } ?? false) {
            return (tokens[k].text, finding.start..<(k + 1))
        }
        return nil
    }

    /// dest25: measures of the displaced (refugees, idps, displaced and their aliases).
    static func isDisplacedMeasure(_ measure: String) -> Bool {
        ["refugees", "idps", "displaced"].contains(MeasureCatalog.canonicalName(measure)) || displacementKind(ofMeasure: measure) != nil
    }
}
