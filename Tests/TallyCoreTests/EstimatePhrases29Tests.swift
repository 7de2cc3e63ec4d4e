import Testing
import TallyCore

/// phrases29 (review42 S4, R5): the attacker's death as a class. The attacker named anywhere in
/// the figure's text, with a death, a suicide or a self-detonation of theirs before or after the
/// figure ("then himself", "puis s'est donné la mort", "se hizo estallar", "وانتحر المهاجم",
/// "فجر ... نفسه"), or added to the dead by "and", "besides", "in addition to" ("3 dead and
/// gunman", "بالإضافة إلى المهاجم"), is refused as c8327ac refuses "killed 3 people and himself".
/// A figure that says it leaves the attacker out ("3 others", "not counting", "sin contar",
/// "sans compter", "دون احتساب") reads as given.
@Suite("Estimate text: the attacker's death as a class (phrases29)")
struct EstimatePhrases29Tests {
    /// review42 S4: each read 3, exit 0.
    @Test func theAttackersDeathInAnyFormIsRefused() {
        for text in [
            // English; the first two are of a real UCDP headline ("A militant detonate himself and
            // kills 7 rebel commanders in Inkhel": stop 38, read 7).
            "A militant detonate himself and kills 7 rebel commanders in Inkhel", "A militant blew himself up, killing 3 people",
            "Gunman kills 3, then himself",
            // Stop 38 (phrases29 leftover): "as did the gunman" read 3.
            "3 people died, as did the gunman", "3 killed, as was the attacker", "3 killed, as did the suicide bomber", "The gunman shot himself after killing 3",
            "The gunman killed 3 people and was later found dead", "3 dead and gunman",
            "3 killed by a suicide bomber who blew himself up", "The gunman killed 3 people and was found dead later",
            "The gunman killed 3 people, then shot himself", "3 dead and a gunman", "The attacker killed 3 and then shot herself",
            "The gunman killed 3 people and was later found dead in his car",
            // French
            "L'assaillant a tué 3 personnes puis s'est donné la mort", "3 morts; le tireur s'est suicidé",
            "Le kamikaze s'est fait exploser, tuant 3 personnes", "Le tireur a tué 3 personnes avant de se donner la mort",
            "Le tireur a tué 3 personnes puis s'est suicidé", "3 morts lorsqu'un kamikaze s'est fait exploser", "3 morts et l'assaillant",
            "Un kamikaze s'est fait sauter, tuant 3 personnes", "L'assaillant s'est suicidé après avoir tué 3 personnes",
            "Le tireur a été retrouvé mort après avoir tué 3 personnes",
            // Spanish
            "3 muertos; el atacante se suicidó", "3 muertos cuando un suicida se hizo estallar",
            "Un suicida se hizo estallar y mató a 3 personas", "El atacante mató a 3 personas y luego se quitó la vida",
            "3 muertos cuando un suicida se hizo explotar", "El pistolero mató a 3 personas y luego se mató",
            "El atacante se quitó la vida tras matar a 3 personas", "Un terrorista se hizo estallar, matando a 3 personas",
            // Arabic
            "قتل 3 أشخاص وانتحر المهاجم", "مقتل 3 أشخاص بالإضافة إلى المهاجم", "مقتل 3 أشخاص إضافة إلى الانتحاري",
            "مقتل 3 أشخاص في تفجير انتحاري فجر فيه المهاجم نفسه", "مقتل 3 أشخاص ومنفذ الهجوم", "مقتل 3 أشخاص فضلا عن المهاجم",
            "مقتل 3 أشخاص علاوة على الانتحاري", "مقتل 3 أشخاص إلى جانب المهاجم", "مقتل 3 أشخاص والمهاجم",
            "مقتل 3 أشخاص بالإضافة للمهاجم", "قتل 3 أشخاص ثم فجر المهاجم نفسه",
        ] {
            refuses(text, containing: "the attacker's death is a figure of its own", measure: "killed")
        }
    }

    /// review42 R5 and the twins of S4: the attacker alive, or left out of the figure by the text
    /// itself ("others", "not counting"), reads the figure.
    /// Stop 38: someone else who died too, told after the figure with "as did"/"so did", read
    /// as given ("3 killed, as was a policeman": 3).
    @Test func someoneElseAfterAsDidIsRefused() {
        for text in ["3 killed, as was a policeman", "3 people were killed, and so did the driver", "3 injured, as was the driver",
                     "3 people died, as did a soldier"] {
            refuses(text, containing: "names someone besides the figure", measure: text.contains("injured") ? "injured" : "killed")
        }
    }

    @Test func theAttackerAliveOrLeftOutReads() {
        for text in [
            "A suicide bomber blew himself up, killing 3 others", "A suicide bomber blew himself up, killing 3 other people",
            "3 muertos, sin contar al atacante", "3 killed, not including the gunman", "3 tués, sans compter l'assaillant",
            "3 civilians killed; the attacker survived", "The gunman was arrested after killing 3", "قتل 3 أشخاص واعتقل المهاجم",
            "3 killed, excluding the gunman", "3 morts, sans compter le kamikaze", "3 muertos, sin incluir al atacante",
            "قتل 3 أشخاص دون احتساب المهاجم", "3 dead and gunman arrested", "3 morts et l'assaillant arrêté",
            "The gunman killed 3 and fled", "Gunman who killed 3 found guilty", "3 killed by a gunman who later turned himself in",
            "قتل 3 أشخاص وفر المهاجم", "قتل 3 أشخاص وأصيب المهاجم", "مقتل 3 أشخاص واعتقال المهاجم", "مقتل 3 أشخاص في تفجير انتحاري",
            "3 killed by a suicide bomber", "Gunman kills 3", "3 killed, including the gunman", "Police arrest gunman who killed 3",
            "The shooter killed 3 people and wounded himself", "3 morts, l'assaillant en fuite", "El atacante mató a 3 personas y huyó",
            "3 killed, including a suicide bomber who blew himself up",
        ] {
            reads(text, 3, 3, 3, measure: "killed")
        }
        // UCDP headlines: the ones who blew themselves up are the ones counted.
        reads("7 members of ISIS cells were killed after 4 of them blew themselves up", 7, 7, 7, measure: "killed")
        reads("A member of one of the sleeping cells blows himself up", 1, 1, 1, measure: "killed")
        // "as was reported", "as the army said": no one else named after "as".
        reads("3 killed, as was reported by the police", 3, 3, 3, measure: "killed")
        reads("5 killed, as the army said", 5, 5, 5, measure: "killed")
        // A militant among the dead, or one who kills and lives, is no attacker's own death.
        reads("7 killed, including a militant", 7, 7, 7, measure: "killed")
        reads("A militant killed 3 civilians", 3, 3, 3, measure: "killed")
        reads("3 militants killed", 3, 3, 3, measure: "killed")
    }
}
