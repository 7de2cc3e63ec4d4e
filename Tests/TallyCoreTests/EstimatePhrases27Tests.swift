import Testing
import TallyCore

/// phrases27: news text that says no one was killed or hurt ("no civilians were harmed", "no
/// lives were lost", "aucune victime", "sin víctimas", "لا إصابات") reads 0 for the measure it
/// names (it had been refused); a zero that leaves someone out ("no one was killed except the
/// gunman") or names no zero ("no casualty figures were released") is refused (they had read
/// 0). The one who lived in more forms (a coma, "à l'hôpital", "hospitalizado") leaves the
/// figure read; the attacker's death and "one more died later" are refused, named.
@Suite("Estimate text: no one hurt, the one who lived, the attacker (phrases27)")
struct EstimatePhrases27Tests {
    private func named(_ text: String, measure: String?) -> String? {
        try? EstimateParser.reading(text, convention: .unspecified, measure: measure).measureNamed
    }

    /// Each had been refused ("no number", "says no one of something the tables do not count").
    @Test func noOneHarmedIsZeroOfEach() {
        for text in ["no civilians were harmed", "No one was harmed", "nobody was harmed", "no civilian casualties",
                     "without casualties", "no reported casualties", "no civilians were harmed, police said",
                     "aucune victime", "sans faire de victimes", "pas de victimes", "il n'y a pas eu de victimes",
                     "aucune victime n'est à déplorer", "no hubo víctimas", "sin víctimas", "ninguna víctima",
                     "no hubo muertos ni heridos", "دون وقوع خسائر بشرية"] {
            reads(text, 0, 0, 0)
            reads(text, 0, 0, 0, measure: "killed")
            reads(text, 0, 0, 0, measure: "injured")
            #expect(named(text, measure: "killed") == "killed", "\(text)")
            #expect(named(text, measure: "injured") == "injured", "\(text)")
        }
    }

    /// Zero of killed only, or of injured only: refused for the other measure.
    @Test func aZeroOfOneMeasureIsOnlyForIt() {
        for text in ["no lives were lost", "no loss of life", "personne n'a été tué", "ningún muerto", "لا قتلى"] {
            reads(text, 0, 0, 0, measure: "killed")
            refuses(text, containing: "counts killed, not injured", measure: "injured")
        }
        for text in ["no-one was hurt", "personne n'a été blessé", "no hubo heridos", "no se registraron heridos",
                     "لا إصابات", "دون وقوع إصابات", "لم تسجل إصابات", "لم يصب أحد"] {
            reads(text, 0, 0, 0, measure: "injured")
            refuses(text, containing: "counts injured, not killed", measure: "killed")
        }
        // As before: "hurt" and "injured" name injured only.
        refuses("no one was injured", containing: "counts injured, not killed", measure: "killed")
        refuses("no one was hurt", containing: "counts injured, not killed", measure: "killed")
    }

    /// `tally estimate --measure killed "No civilians were killed or injured"` had shown the
    /// measure "killed or injured"; "no casualties" had shown "casualties".
    @Test func theZeroIsNamedAsTheMeasureAsked() {
        for text in ["No civilians were killed or injured", "no one was killed or injured", "no dead or wounded", "no casualties"] {
            #expect(named(text, measure: "killed") == "killed", "\(text)")
            #expect(named(text, measure: "injured") == "injured", "\(text)")
        }
        #expect(named("No civilians were killed or injured", measure: nil) == "killed or injured")
        #expect(named("no civilians were harmed", measure: nil) == "casualties")
    }

    /// Silent before (read 0): the zero leaves someone out, is of one clause, or is no zero.
    @Test func aZeroThatIsNotTheWholeIsRefused() {
        for text in ["no one was killed except the gunman", "no one was killed apart from the attacker",
                     "no casualties other than the bomber"] {
            refuses(text, containing: "leaves someone out", measure: "killed")
        }
        refuses("nobody except the driver was hurt", containing: "leaves someone out", measure: "injured")
        refuses("no civilians were killed but soldiers died", containing: "no number", measure: "killed")
        refuses("no casualty figures were released", containing: "no number")
        // The zero statement is only read alone: no other figure, measure word or "else".
        for text in ["a man was killed; no one else was hurt", "no other casualties were reported", "no further casualties",
                     "no immediate reports of casualties", "there were no immediate reports of casualties",
                     "no one knows how many were killed", "no one claimed the attack that killed"] {
            #expect(throws: EstimateParseError.self, "\(text)") {
                try EstimateParser.parse(text, convention: .unspecified, measure: "killed")
            }
        }
        // A figure with nothing about people beside the zero (the phrase fuzzer; main read 328).
        refuses("Report 328: no civilians were harmed", containing: "more than one number")
        refuses("Report 328: no casualties", containing: "more than one number")
        // "but" after a comma opens another clause: the zero stands (it read 0 before).
        reads("No one was hurt, but the house was destroyed", 0, 0, 0, measure: "injured")
        refuses("no one was killed but the gunman", containing: "leaves someone out", measure: "killed")
        // Another figure in the text is read as before.
        reads("No civilians were harmed but two soldiers were killed", 2, 2, 2, measure: "killed")
        reads("no one was injured, 2 killed", 2, 2, 2, measure: "killed")
    }

    /// The one who lived, in more forms (each had been refused as "names someone besides the
    /// figure"): read 3 for killed, refused for injured.
    @Test func theOneWhoLivedReads() {
        for text in ["3 killed and another was left in a coma", "3 killed; a fourth is in a coma",
                     "3 morts, un autre est à l'hôpital", "3 morts, un autre a été hospitalisé", "3 tués, un autre est dans le coma",
                     "3 muertos y otro hospitalizado", "3 muertos y otro herido de gravedad",
                     "3 killed, a fourth is in critical condition", "قتل 3 وأصيب آخر"] {
            reads(text, 3, 3, 3, measure: "killed")
            refuses(text, containing: "counts killed, not injured", measure: "injured")
        }
        // Its twins: the one named died too, or was killed.
        for text in ["3 killed and another was left in a coma and later died", "3 killed and another was left dead",
                     "3 killed, a fourth died in hospital", "3 morts, un autre est mort à l'hôpital",
                     "3 muertos y otro murió en el hospital", "3 killed; another lost his life",
                     "3 killed; another lost her life in hospital", "3 killed, another was hospitalised and died"] {
            refuses(text, containing: "names someone besides the figure", measure: "killed")
        }
    }

    /// Arabic "قتل" (killed) names killed: "قتل 3 أشخاص" had read 3 for injured.
    @Test func arabicKilledNamesKilled() {
        refuses("قتل 3 أشخاص", containing: "counts killed, not injured", measure: "injured")
        reads("قتل 3 أشخاص", 3, 3, 3, measure: "killed")
    }

    /// Decided: the attacker's death is a figure of its own (a total with the attacker and one
    /// without are both in use): refused, named. "3 killed before police shot the attacker
    /// dead" and "3 morts, l'assaillant a été abattu" had read 3.
    @Test func theAttackersDeathIsRefused() {
        for text in ["3 killed, with a gunman killed by police", "3 civilians killed; the attacker was shot dead",
                     "3 killed and the gunman was shot dead", "3 killed before police shot the attacker dead",
                     "3 civilians killed, the bomber also died", "3 killed and the shooter killed himself",
                     "3 morts, l'assaillant a été abattu", "3 muertos y el atacante abatido"] {
            refuses(text, containing: "the attacker's death is a figure of its own", measure: "killed")
            refuses(text, containing: "the attacker's death is a figure of its own")
        }
        // The attacker among the dead, doing the killing, or alive: read.
        for text in ["3 killed, including the gunman", "a gunman killed 3 people", "3 killed by a suicide bomber",
                     "3 killed; the attacker was arrested", "3 killed, the gunman fled", "3 morts, le tireur en fuite"] {
            reads(text, 3, 3, 3, measure: "killed")
        }
        // The attackers counted are the figure's own noun (phrases.tsv).
        reads("6 suicide bombers killed", 6, 6, 6, measure: "killed")
    }

    /// "3 killed and one more died later" had been "more than one number": now 9c9b75f's message.
    @Test func oneMoreDiedLaterIsNamed() {
        for text in ["3 killed and one more died later", "3 killed; one more died later", "3 killed and two more died later",
                     "3 killed, one more later died", "3 killed and one more died in hospital"] {
            refuses(text, containing: "names someone besides the figure, in a clause of its own", measure: "killed")
        }
        // A toll that holds the others, and "and more": as before (UCDP headlines).
        refuses("Death toll rises to 20 as three more killed in Bangladesh violence", containing: "more than one number", measure: "killed")
        refuses("24 civilians killed raise the death toll to 85 and more than half of them are children", containing: "more than one number")
        // One more with another measure: one per measure, as before.
        reads("3 killed and one more injured", 3, 3, 3, measure: "killed")
    }

    /// review41 S1-S3 (read 0 on 20f9b3d, exit 0; refused before it): a zero of a part of the
    /// dead or hurt ("none of the dead were civilians"), French "personne" as a person ("la
    /// personne tuée"), a zero of the grave ones only ("no serious injuries"). Refused, for
    /// every measure.
    @Test func zerosOfAPartOrOfAPersonOrOfTheGraveOnesAreRefused() {
        for text in ["None of the dead were civilians", "None of the dead has been identified",
                     "No one among the dead has been identified", "None among the dead was a child",
                     "None of the victims have been named", "None of the casualties were soldiers",
                     "No soldiers were among the dead", "No civilians were among the casualties",
                     "None of the injured were in serious condition", "None of the wounded was a child",
                     "None of the wounded is in danger", "No one among the injured is in danger",
                     "None of the injured were children", "Neither of the injured is in critical condition",
                     "No civilians were among those hurt", "Ninguno de los heridos está grave", "Aucun des blessés n'est en danger",
                     "La personne a été tuée", "Le corps de la personne tuée a été retrouvé", "La personne tuée était un enfant",
                     "La personne blessée a été transportée à l'hôpital", "Chaque personne blessée a été soignée",
                     "La personne blessée est dans un état grave", "Une personne a été blessée",
                     "No serious injuries were reported", "There were no serious injuries", "No hubo heridos graves",
                     "No hubo heridos de gravedad", "Ningún herido está en estado grave", "No major casualties were reported",
                     "no one was seriously hurt", "no one was critically injured", "personne n'a été grièvement blessé"] {
            for measure in [nil, "killed", "injured"] as [String?] {
                #expect((try? EstimateParser.parse(text, convention: .unspecified, measure: measure)) != Estimate(unchecked: 0, best: 0, high: 0),
                        "\(text) (\(measure ?? "no measure")) read 0")
            }
        }
        // Their twins still read 0.
        for text in ["None of the passengers were hurt", "personne n'a été blessé", "Personne n'a été blessée",
                     "no casualties among civilians", "no one was hurt"] {
            reads(text, 0, 0, 0, measure: "injured")
        }
    }

    /// review41 R4: a zero of killed and injured is a zero of casualties too (it had been
    /// refused as counting "casualties (killed and injured together), not casualties").
    @Test func aZeroOfBothIsAZeroOfCasualties() {
        for text in ["No civilians were harmed", "aucune victime", "no civilian casualties", "sin víctimas"] {
            reads(text, 0, 0, 0, measure: "casualties")
            #expect(named(text, measure: "casualties") == "casualties", "\(text)")
        }
    }
}
