import Testing
import TallyCore

/// fates7 (review50 F2, F9 twins, minor notes): each text refused here read its figure as the
/// killed (or the row's measure), exit 0, on main dab1c2f (`tally estimate --measure killed --
/// TEXT`); each text read here was refused there; the honest twins read on both.
@Suite("Estimate text: agents of a passive, movement and service, killers in an active voice (fates7)")
struct EstimateFates7Tests {
    /// F2: the figure after "by"/"par"/"por" is the agent of the verb before it.
    @Test func theAgentOfAPassiveIsNoToll() {
        let agents: [(String, String)] = [
            ("the city is held by 5,000 fighters", "held"), ("the town is controlled by 5,000 fighters", "controlled"),
            ("the town was surrounded by 5,000 troops", "surrounded"), ("the city was besieged by 5,000 fighters", "besieged"),
            ("the border is guarded by 5,000 troops", "guarded"), ("the area is defended by 3,000 soldiers", "defended"),
            ("backed by 5,000 fighters", "backed"), ("supported by 5,000 troops", "supported"), ("led by 5,000 fighters", "led"),
            ("the area is patrolled by 5,000 troops", "patrolled"), ("the checkpoint is manned by 500 soldiers", "manned"),
            ("the town is occupied by 5,000 fighters", "occupied"), ("the base was stormed by 500 fighters", "stormed"),
            ("the village was attacked by 500 fighters", "attacked"), ("a policeman was killed by 3 gunmen", "killed"),
            ("the attack was carried out by 12 gunmen", "carried"), ("the rally was attended by 5,000 people", "attended"),
            ("the city is held by some 5,000 fighters", "held"), ("the town, controlled by 5,000 fighters", "controlled"),
            ("la ville est tenue par 5000 combattants", "tenue"), ("la ville a été attaquée par 500 combattants", "attaquée"),
            ("la ciudad está controlada por 5000 combatientes", "controlada"), ("la ciudad fue sitiada por 5000 soldados", "sitiada"),
        ]
        for (text, verb) in agents {
            refuses(text, containing: "counts the people who did it (the figure is the agent of \"" + verb + "\"), not killed", measure: "killed")
        }
        refuses("a policeman was wounded by 3 gunmen", containing: "the agent of \"wounded\"), not injured", measure: "injured")
    }

    /// F2 and the brief: people who moved, served or took part in an operation.
    @Test func movementServiceAndOperationsAreNoToll() {
        let acts: [(String, String)] = [
            ("5,000 crossed the country", "crossed"), ("5,000 people crossed the border", "crossed"), ("5,000 crossed into Chad", "crossed"),
            ("5,000 migrants crossed the border", "crossed"), ("5,000 travelled to Damascus", "travelled"),
            ("5,000 people travelled to the capital", "travelled"), ("5,000 people reached the city", "reached"),
            ("5000 personas cruzaron la frontera", "cruzaron"), ("5000 شخص عبروا الحدود", "عبروا"),
            ("5,000 peacekeepers serve in the mission", "serve"), ("5,000 troops serve in the mission", "serve"),
            ("3,000 troops guard the border", "guard"), ("3,000 troops patrol the border", "patrol"),
            ("the offensive involved 5,000 fighters", "involved"), ("an offensive involving 5,000 troops", "involving"),
        ]
        for (text, verb) in acts {
            refuses(text, containing: "counts people who did something else (\"" + verb + "\"), not killed", measure: "killed")
        }
    }

    /// F9 twins: killers in a voice that can only be active (fr/es auxiliaries and tenses,
    /// English present) and the Arabic verb with a person as its object.
    @Test func killersInAnActiveVoiceAreNotTheKilled() {
        for text in ["12 soldados mataron a un policía", "12 soldats ont tué",
                     "12 combattants ont tué le gouverneur", "12 soldats qui ont tué le gouverneur ont été arrêtés",
                     "12 soldados han matado a un policía", "12 gunmen kill a policeman", "12 gunmen have killed a policeman",
                     "12 مسلحا قتلوا المحافظ", "12 عنصرا قتلوا المحافظ", "قتل 12 مسلحا المحافظ", "12 عنصرا اغتالوا القائد"] {
            refuses(text, containing: "counts the people who killed", measure: "killed")
        }
        // Refused before (an unknown word), still refused.
        refuses("12 pistoleros mataron a un policía", containing: "pistoleros", measure: "killed")
        refuses("12 مسلحا هاجموا القرية", containing: "counts people who did something else (\"هاجموا\")", measure: "killed")
    }

    /// F9's class in English with the other verbs of killing the tables know (read 3 and 12
    /// killed, or the row's measure, on main 9273606): the killers' hand list of fates6 held
    /// "killed", "wounded", "shot" only.
    @Test func killersWithOtherVerbsOfKillingAreNotTheKilled() {
        let killers: [(String, String)] = [
            ("3 gunmen murdered a policeman", "murdered"), ("3 gunmen executed a policeman", "executed"),
            ("12 gunmen who murdered the governor were arrested", "murdered"), ("12 gunmen who assassinated the governor were arrested", "assassinated"),
            ("12 gunmen who beheaded the hostage were arrested", "beheaded"), ("3 gunmen shot dead a policeman", "shot dead"),
            ("3 gunmen gunned down a policeman", "gunned down"),
        ]
        for (text, verb) in killers {
            refuses(text, containing: "counts the people who " + verb + " someone", measure: "killed")
        }
        for text in ["12 civilians executed the previous night", "12 people murdered the same day", "12 villagers massacred the day before",
                     "12 civilians beheaded by ISIS", "12 protesters shot dead by police", "12 men gunned down in a market",
                     "12 militants who murdered the governor were killed", "12 prisoners executed, the army said"] {
            reads(text, 12, 12, 12, measure: "killed")
        }
    }

    /// Needless refusals of main dab1c2f now read: fatal casualties, the Arabic accusative of
    /// soldiers and gunmen.
    @Test func fatalCasualtiesAndArabicSoldiersRead() {
        for text in ["12 bajas mortales", "12 bajas fatales", "مقتل 12 جنديا", "قتل 12 مسلحا", "قتل 12 جنديا", "مقتل 12 مسلحا",
                     "12 muertos y 20 heridos"] {
            reads(text, 12, 12, 12, measure: "killed")
        }
    }

    /// The honest twins keep reading.
    @Test func honestTwinsRead() {
        for text in ["12 people were killed by gunmen", "the town, held by rebels, where 12 were killed", "12 soldiers killed the day before",
                     "12 soldiers were killed in an attack by gunmen", "12 militants who killed the governor were killed",
                     "12 migrants crossed the border and drowned", "12 migrants who crossed the border were killed",
                     "12 killed crossing the border", "12 peacekeepers serving in Mali were killed", "12 مسلحا قتلوا",
                     "12 عنصرا قتلوا في الهجوم", "قتل 12 مدنيا الأحد", "12 soldats ont été tués", "12 soldados fueron asesinados",
                     "12 civilians killed by the army", "12 soldiers were killed by a roadside bomb", "12 were killed by soldiers",
                     "12 people died after being attacked by gunmen"] {
            reads(text, 12, 12, 12, measure: "killed")
        }
        refuses("the death toll rose by 12", containing: "a rise or fall", measure: "killed")
        refuses("12 killed in an attack by 500 fighters", containing: "more than one number", measure: "killed")
    }
}
