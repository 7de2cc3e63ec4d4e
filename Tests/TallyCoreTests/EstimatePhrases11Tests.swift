import Testing
import TallyCore

/// phrases11 (issue 12, review52 F10, F2): regressions of 58a73a1. On main 7c93e65 (`tally
/// estimate --measure M -- TEXT`): "5,000 refugees, including 2,000 in Chad" was refused under
/// refugees as "only part of the people crossed a border" (and its fr/es/ar twins);
/// "5,000 displaced Sudanese in South Sudan" and "5000 نازح سوداني في جنوب السودان" read 5,000
/// idps and were refused under refugees ("Sudan" matched inside "South Sudan").
@Suite("Estimate text: a part of refugees, South Sudan whole (phrases11)")
struct EstimatePhrases11Tests {
    static let refugee = "counts refugees (people who crossed a border"
    static let idp = "counts idps (people displaced inside their country"
    static let part = "says only part of the people crossed a border"

    /// F10: people a refugee word names crossed a border already; a part of them in or to a
    /// country is where some of them are.
    @Test func aPartOfRefugeesInACountryReads() {
        for text in ["5,000 refugees, including 2,000 in Chad", "5,000 Sudanese refugees, including 2,000 in Chad",
                     "5,000 refugees, of whom 2,000 are in Chad", "5,000 refugees have arrived, including 2,000 in Chad",
                     "5,000 refugees fled, including 2,000 to Chad", "5,000 Sudanese refugees have fled, including 2,000 to Chad and 3,000 to Egypt",
                     "5000 réfugiés, dont 2000 au Tchad", "5000 réfugiés soudanais, dont 2000 au Tchad",
                     "5000 refugiados, de los cuales 2000 en Colombia", "5000 refugiados venezolanos, entre ellos 2000 en Colombia",
                     "5000 لاجئ بينهم 2000 في تشاد", "5000 لاجئ سوداني منهم 2000 في تشاد"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
            refuses(text, containing: "(people who crossed a border), not idps", measure: "idps")
        }
        // The whole not across a border keeps its refusal under both.
        for text in ["5,000 people fled, including 2,000 to Chad", "5000 personnes ont fui, dont 2000 vers le Tchad",
                     "5,000 people were displaced, including 2,000 who fled to Chad"] {
            refuses(text, containing: Self.part, measure: "refugees")
            refuses(text, containing: Self.part, measure: "idps")
        }
        refuses("5,000 IDPs, including 2,000 in Chad", containing: "crossed a border", measure: "idps")
        // A flight across a border before the part keeps reading.
        reads("5,000 people fled to Chad, including 2,000 to Adre", 5000, 5000, 5000, measure: "refugees")
    }

    /// F2: a country whose name opens with a direction is read whole, and "South Sudanese" is
    /// judged by the same rule.
    @Test func southSudanIsReadWhole() {
        for text in ["5,000 displaced Sudanese in South Sudan", "5,000 Sudanese displaced in South Sudan",
                     "5,000 displaced Sudanese in South Sudan's Renk", "5000 نازح سوداني في جنوب السودان",
                     "5000 نازح سوداني في دولة جنوب السودان", "5000 déplacés soudanais au Soudan du Sud",
                     "5000 desplazados sudaneses en Sudán del Sur",
                     "5,000 displaced South Sudanese in Sudan", "5000 déplacés sud-soudanais au Soudan", "5000 نازح جنوب سوداني في السودان"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
            refuses(text, containing: Self.refugee, measure: "idps")
        }
        for text in ["5,000 displaced South Sudanese in South Sudan", "5000 déplacés sud-soudanais au Soudan du Sud",
                     "5000 نازح جنوب سوداني في جنوب السودان", "5,000 displaced Sudanese in Sudan", "5,000 displaced Sudanese in southern Sudan"] {
            reads(text, 5000, 5000, 5000, measure: "idps")
            refuses(text, containing: Self.idp, measure: "refugees")
        }
        // A direction before a country that is no name of one still passes ("in south Lebanon").
        refuses("5000 نازح سوداني في جنوب لبنان", containing: Self.refugee, measure: "idps")
    }

    /// F6: a death, an injury or an arrest said after the people counts that fate under any
    /// other measure (they had read 12 idps, arrested, injured).
    @Test func aFateAfterThePeopleIsRefusedUnderOtherMeasures() {
        let other = "gives its people another fate"
        let deaths = ["12 people lost their lives", "12 civilians lost their lives", "12 مدنيا قتلوا", "12 شخصا لقوا حتفهم",
                      "12 شخصا قتلوا في الهجوم", "12 مدنيا قتلوا في غارة", "12 مسلحا لقوا حتفهم",
                      "12 personnes sont mortes", "12 personnes ont péri", "12 personnes ont perdu la vie", "12 personnes sont décédées",
                      "12 personas perdieron la vida", "12 personas han muerto", "12 civiles sirios asesinados"]
        for text in deaths {
            // phrases13: "sirios" passes as the people's adjective, so the measure check of the
            // figure refuses first ("counts killed, not displaced").
            for measure in ["idps", "arrested"] { refuses(text, containing: text.hasSuffix("asesinados") ? "counts killed" : other, measure: measure) }
            for measure in ["refugees", "injured"] { refuses(text, containing: "not " + measure, measure: measure) }
            reads(text, 12, 12, 12, measure: "killed")
        }
        for text in ["12 شخصا أصيبوا", "12 personas resultaron heridas", "12 personnes sont blessées"] {
            for measure in ["idps", "arrested"] { refuses(text, containing: other, measure: measure) }
            refuses(text, containing: "not killed", measure: "killed")
            reads(text, 12, 12, 12, measure: "injured")
        }
        for text in ["12 شخصا اعتقلوا", "12 personas fueron detenidas"] {
            refuses(text, containing: other, measure: "idps")
            refuses(text, containing: "not injured", measure: "injured")
            reads(text, 12, 12, 12, measure: "arrested")
        }
        // Twins: a loss of what is no life keeps reading.
        reads("5,000 people lost their homes", 5000, 5000, 5000, measure: "idps")
        reads("5,000 personnes ont perdu leur maison", 5000, 5000, 5000, measure: "idps")
    }
}
