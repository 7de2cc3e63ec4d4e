import Testing
import TallyCore

/// phrases31 (review43 S2): the attacker's death told by the charge he sets off, by whoever
/// dies by his own hand, by attackers in the plural; who the figure's people are told after
/// it ("all of them soldiers"); "3 others" after a death by one's own hand; the gunman at large.
@Suite("Estimate text: the attacker's charge, plural attackers, all of them soldiers, at large (phrases31)")
struct EstimatePhrases32Tests {
    static let attackerDeath = "the attacker's death is a figure of its own"

    /// Each read 3 (exit 0) on main: the text tells the attacker died (the charge a suicide
    /// attacker carries set off, a death by one's own hand, attackers shot dead) and gives a
    /// figure that does not say whether it counts them. One rule, as for "A suicide bomber
    /// blew himself up, killing 3" (refused since phrases28): refused, give the total.
    @Test func theAttackersOwnDeathLeftOpenIsRefused() {
        let texts = [
            "A suicide bomber detonated his explosive belt, killing 3",
            "A suicide bomber detonated her vest, killing 3",
            "A suicide bomber set off his explosives, killing 3",
            "A suicide bomber triggered his suicide vest, killing 3",
            "A suicide bomber detonated explosives, killing 3",
            "A gunman detonated his explosive vest, killing 3",
            "3 killed when a suicide bomber detonated his vest",
            "3 killed when a man detonated his explosive belt",
            "A man blew himself up, killing 3",
            "Suicide bombers blew themselves up, killing 3",
            "Un homme s'est fait exploser, tuant 3 personnes",
            "Un kamikaze a déclenché sa ceinture d'explosifs, tuant 3 personnes",
            "3 morts quand un homme s'est fait exploser",
            "Un terrorista suicida detonó su cinturón explosivo y mató a 3",
            "Un terrorista suicida hizo estallar su cinturón explosivo y mató a 3 personas",
            "3 muertos cuando un hombre se hizo estallar",
            "فجر انتحاري حزامه الناسف مما أدى إلى مقتل 3",
            "3 killed; both gunmen were shot dead",
            "3 killed and the gunmen were shot dead",
            "3 killed; the gunmen were later killed by police",
            "Police shot dead the gunmen who killed 3",
            "قتل 3 أشخاص وقتل المهاجمان",
        ]
        for text in texts {
            refuses(text, containing: Self.attackerDeath)
            refuses(text, containing: Self.attackerDeath, measure: "killed")
        }
        // Already refused on main, by another rule (two numbers): kept.
        refuses("3 killed and the two attackers died", containing: "more than one number")
        refuses("Les deux assaillants ont été abattus; 3 morts", containing: "more than one number")
    }

    /// Twins that read 3 (on main and now): no death of the attacker told, or the figure says
    /// it leaves him out.
    @Test func noDeathToldOrOthersRead() {
        for text in ["An attacker detonated a bomb, killing 3", "Militants detonated a car bomb, killing 3", "3 killed by a suicide bomber",
                     "A suicide bomber killed 3 people", "A bomb exploded in a car, killing 3", "3 civilians killed by a suicide car bomb",
                     "3 killed; the gunmen were arrested", "Gunmen killed 3 people", "3 killed when gunmen opened fire",
                     "Gunmen shot dead 3 people", "3 killed in clashes between soldiers and gunmen",
                     "3 killed, including a suicide bomber who blew himself up", "3 killed, including a man who detonated his vest",
                     "A suicide bomber detonated his explosive belt, killing 3 people besides himself"] {
            reads(text, 3, 3, 3, measure: "killed")
        }
        // The attackers are within the figure: 7, not 3.
        reads("7 militants were killed after 4 of them blew themselves up", 7, 7, 7, measure: "killed")
        // A UCDP headline: the gunmen are among the figure's own ("58 members ... and the gunmen
        // loyal to them were killed").
        reads("More than 58 members of the regime force and the gunmen loyal to them were killed during a chain of attacks",
              59, 59, nil, measure: "killed")
    }

    /// Refused on main ("names someone besides the figure", "counts people besides someone
    /// the text does not count", "adds to an earlier count"): the others are those besides the
    /// one who died by his own hand, whom the text names. Read 3, with or without a measure.
    @Test func othersBesidesTheOneWhoDiedByHisOwnHandRead() {
        for text in ["A suicide bomber detonated his explosive belt, killing 3 others",
                     "A suicide bomber blew himself up, killing 3 others",
                     "A suicide bomber detonated his explosive belt, killing 3 people besides the bomber",
                     "Le kamikaze s'est fait exploser, tuant 3 autres personnes",
                     "Un kamikaze a déclenché sa ceinture d'explosifs, tuant 3 autres personnes",
                     "Un suicida se hizo estallar y mató a otras 3 personas",
                     "Un terrorista suicida detonó su cinturón explosivo y mató a otras 3 personas",
                     "فجر انتحاري نفسه مما أدى إلى مقتل 3 آخرين",
                     "فجر انتحاري حزامه الناسف مما أدى إلى مقتل 3 آخرين"] {
            reads(text, 3, 3, 3, measure: "killed")
        }
        reads("A suicide bomber blew himself up, killing 3 others", 3, 3, 3)
        reads("Le kamikaze s'est fait exploser, tuant 3 autres personnes", 3, 3, 3)
        // Alone, "3 others" counts besides someone the text does not name: still refused.
        refuses("tuant 3 autres personnes", containing: "counts people besides someone the text does not count", measure: "killed")
        refuses("A gunman killed 3 others", containing: "names someone besides the figure")
        refuses("3 killed as well as the gunman", containing: "names someone besides the figure")
    }

    /// Refused on main as one more victim ("3 dead and the gunman" names someone besides the
    /// figure): "at large", "on the run", "en fuite" say he is alive.
    @Test func theGunmanAtLargeIsNoVictim() {
        for text in ["3 dead and the gunman at large", "3 dead and the gunman on the run", "3 morts et le tireur en fuite",
                     "3 dead; the gunman fled", "3 morts, le tireur en fuite", "3 muertos y el pistolero prófugo",
                     "3 muertos; el atacante se dio a la fuga", "3 dead and the gunman still at large"] {
            reads(text, 3, 3, 3, measure: "killed")
        }
        refuses("3 dead and the gunman killed", containing: Self.attackerDeath)
        refuses("3 dead and a child run over", containing: "names someone besides the figure")
    }

    /// Each read 5 for civilians_killed on main: the text says after the figure who its people
    /// are, all or some of them of another group.
    @Test func whoTheFigureCountsToldAfterIt() {
        for text in ["5 people were killed, all of them soldiers", "5 people were killed, all soldiers", "5 were killed, including 2 soldiers",
                     "5 tués, tous des militaires", "5 morts, dont 2 militaires", "5 muertos, todos ellos soldados",
                     "5 muertos, entre ellos 2 soldados", "5 قتلى كلهم جنود", "5 people killed, all soldiers, police said"] {
            refuses(text, containing: "a figure of one group is no figure of another", measure: "civilians_killed")
        }
        refuses("5 were killed, including 2 civilians", containing: "a figure of one group is no figure of another", measure: "military_killed")
        for text in ["5 people were killed, all of them civilians", "5 civilians were killed, among them 2 children",
                     "5 people were killed, including 2 children", "5 civilians were killed, all of them in the north",
                     "5 civilians killed in attacks on all military bases", "5 civilians were killed, including 2 in a military camp"] {
            reads(text, 5, 5, 5, measure: "civilians_killed")
        }
        reads("5 people were killed, all of them soldiers", 5, 5, 5, measure: "military_killed")
        reads("5 people were killed, all of them soldiers", 5, 5, 5, measure: "killed")
    }
}
