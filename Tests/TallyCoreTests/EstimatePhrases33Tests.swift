import Testing
import TallyCore

/// phrases32: zeros said with "not a single", "but" in French and Arabic, the measure a text names.
@Suite("Estimate text: not a single, mais and لكن (phrases32)")
struct EstimatePhrases33Tests {
    /// "Il n'y a pas eu un seul mort" and "Sin un solo muerto" were refused ("no number"): the
    /// zero's words could not hold "un seul", "un solo", "a single" between the negation and the
    /// noun. Also "Not a single life was lost" (the head's own "not" read as a doubt), "Not a
    /// single fatality" (no singular), "لم يسقط أي قتيل" (verb and singular).
    @Test func notASingleIsZero() {
        for text in ["Il n'y a pas eu un seul mort", "Sin un solo muerto", "Not a single person was killed", "لم يقتل أي شخص",
                     "Sans un seul mort", "No hubo un solo muerto", "Without a single death", "Not a single life was lost",
                     "Not a single fatality", "لم يسقط أي قتيل", "لم يسقط قتلى", "Nadie falleció", "Nadie murió",
                     "Il n'y a pas eu une seule victime", "Pas une seule victime", "Ni una sola víctima"] {
            reads(text, 0, 0, 0, measure: "killed")
        }
        for text in ["No hubo ni un solo herido", "Pas un seul blessé", "Sin un solo herido", "Il n'y a pas eu un seul blessé",
                     "Not a single person was injured"] {
            reads(text, 0, 0, 0, measure: "injured")
        }
        refuses("Il n'y a pas eu un seul blessé", containing: "counts injured, not killed", measure: "killed")
        refuses("Sin un solo herido", containing: "counts injured, not killed", measure: "killed")
        reads("1 fatality", 1, 1, 1, measure: "killed")
    }

    /// The traps a3b1234 and 104e707 handled stay as they were: "not one" of a day, "no single
    /// cause", "only one" ("qu'un seul").
    @Test func notASingleDayOrCauseIsNoZero() {
        reads("Pas un jour sans violence : 3 personnes ont été tuées", 3, 3, 3, measure: "killed")
        reads("Not a single day passes without deaths: 3 killed", 3, 3, 3, measure: "killed")
        reads("There was no single cause; 5 killed", 5, 5, 5, measure: "killed")
        refuses("Not a single day passes without deaths", containing: "no number", measure: "killed")
        refuses("Il n'y a pas eu un seul jour sans mort", containing: "no number", measure: "killed")
        refuses("Il n'y a eu qu'un seul mort", containing: "no number", measure: "killed")
        refuses("Not yet a single death confirmed", containing: "no number", measure: "killed")
    }

    /// French "mais" before the figure was refused as Portuguese "mais" (more): '"mais 3" adds to
    /// an earlier count'. In a French text it is "but", as Spanish "pero" (4fe92bb); Arabic
    /// "لكن"/"ولكن" were unknown words. The forms that add stay refused.
    @Test func butInFrenchAndArabic() {
        reads("L'attaque a été repoussée, mais 3 soldats ont été tués", 3, 3, 3, measure: "killed")
        reads("mais 3 morts", 3, 3, 3, measure: "killed")
        reads("Mais 3 morts", 3, 3, 3)
        reads("لكن 3 قتلى", 3, 3, 3, measure: "killed")
        reads("ولكن 3 قتلى", 3, 3, 3, measure: "killed")
        reads("Personne n'est mort, mais 3 ont été blessés", 3, 3, 3, measure: "injured")
        reads("Personne n'a été tué, mais 3 personnes ont été blessées", 3, 3, 3, measure: "injured")
        reads("لم يقتل أحد، لكن 3 أصيبوا", 3, 3, 3, measure: "injured")
        reads("لم يقتل أحد ولكن 3 أصيبوا", 3, 3, 3, measure: "injured")
        reads("Pas un seul mort, mais 3 blessés", 3, 3, 3, measure: "injured")
        reads("Pas un seul mort, mais 3 blessés", 0, 0, 0, measure: "killed")
        refuses("mais aussi 3 autres", containing: "besides someone", measure: "killed")
        refuses("mais encore 3 morts", containing: "adds to an earlier count", measure: "killed")
        refuses("but another 3", containing: "adds to an earlier count", measure: "killed")
        // Portuguese "mais" is "more": still an addition.
        refuses("Ataque deixa mais 3 mortos", containing: "adds to an earlier count", measure: "killed")
        refuses("mais 3 mortos", containing: "adds to an earlier count", measure: "killed")
    }

    /// A zero of one place and a figure of another, after "but" or a comma, stay refused in
    /// each language. Arabic "في" (in) was an outcome word of the zero ("خسائر في الأرواح"), so
    /// "لا قتلى في حلب" was no zero and "لا قتلى في حلب، بينما قتل 5 أشخاص في إدلب" read 5.
    @Test func zeroOfOnePlaceAndFigureOfAnother() {
        for text in ["لا قتلى في حلب، لكن 3 قتلى في إدلب", "لا قتلى في حلب، 3 قتلى في إدلب", "لا قتلى في حلب، بينما قتل 5 أشخاص في إدلب",
                     "No deaths in Aleppo, but 3 killed in Idlib", "No hubo muertos en Alepo, pero 3 muertos en Idlib",
                     "Pas de morts à Alep, mais 3 morts à Idlib"] {
            refuses(text, containing: "the two disagree", measure: "killed")
        }
        reads("لا قتلى في حلب", 0, 0, 0, measure: "killed")
        reads("لم يقتل أحد في الهجوم", 0, 0, 0, measure: "killed")
    }
}
