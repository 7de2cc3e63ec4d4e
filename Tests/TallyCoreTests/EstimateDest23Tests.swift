import Testing
import TallyCore

/// dest23 (issue 12), on main cf840fb (`tally estimate --measure idps|refugees -- TEXT`): a manner,
/// time or cause outside dest22's list between the verb and "and" + a country ("5,000 people fled
/// for their lives and into Chad", "on foot", "at night", "huyeron a pie y hacia Chad", "ont fui à
/// pied et vers le Tchad", "fugiram a pé e para o Chade", "فر 5000 شخص ليلا وإلى تشاد") read 5,000
/// under idps; a place there ("fled in Darfur and into Chad", "to tawila and into Chad") read 5,000
/// under both; "5,000 FLEE INTO CHAD AND BEYOND" was refused as a list with a place "BEYOND" where
/// its sentence-case form reads 5,000 refugees.
@Suite("Estimate text: what stands between a verb and \"and\" + a country, headlines in capitals read as sentence case (dest23, issue 12)")
struct EstimateDest23Tests {
    /// Whatever stands there that is no place (a manner, a time, a cause, an unknown word) is
    /// "fled into Chad": refugees only.
    @Test func mannerThenCountryIsRefugeesOnly() {
        var texts: [String] = []
        for m in ["for their lives", "on foot", "at night", "by night", "with nothing", "empty-handed", "in haste", "barefoot",
                  "because of the fighting", "in droves", "overnight", "with their children", "last week", "on Monday", "yesterday",
                  "in 2024", "under fire", "as fast as they could", "en masse", "in trucks", "by car", "their homes", "Darfur", "El Fasher"] {
            texts.append("5,000 people fled \(m) and into Chad")
        }
        texts += ["5,000 people fled on foot and toward Chad", "5,000 people fled at night and towards Chad",
                  "5,000 people fled on foot and across the border into Chad", "5,000 people fled to safety and into Chad",
                  "5,000 PEOPLE FLED FOR THEIR LIVES AND INTO CHAD", "5,000 FLEE ON FOOT AND INTO CHAD", "5,000 FLEE AT NIGHT AND INTO CHAD",
                  "5000 personnes ont fui à pied et vers le Tchad", "5000 personnes ont fui pour sauver leur vie et vers le Tchad",
                  "5000 personnes ont fui sans rien et vers le Tchad", "5000 personnes ont fui en pleine nuit et vers le Tchad",
                  "5000 personnes ont fui la nuit et vers le Tchad", "5000 personnes ont fui à pied et au Tchad",
                  "5000 personas huyeron a pie y hacia Chad", "5000 personas huyeron por sus vidas y hacia Chad",
                  "5000 personas huyeron sin nada y hacia Chad", "5000 personas huyeron en masa y hacia Chad",
                  "5000 personas huyeron en la noche y hacia Chad", "5000 personas huyeron con lo puesto y hacia Chad",
                  "5000 personas huyeron a toda prisa y hacia Chad", "5000 personas huyeron a pie y a Chad",
                  "5000 pessoas fugiram a pé e para o Chade", "5000 pessoas fugiram à noite e para o Chade",
                  "5000 pessoas fugiram sem nada e para o Chade", "5000 pessoas fugiram às pressas e para o Chade",
                  "5000 pessoas fugiram a pé e rumo ao Chade",
                  "فر 5000 شخص سيرا على الأقدام وإلى تشاد", "فر 5000 شخص ليلا وإلى تشاد", "فر 5000 شخص ليلاً وإلى تشاد",
                  "فر 5000 شخص على عجل وإلى تشاد", "فر 5000 شخص دون أي شيء وإلى تشاد", "فر 5000 شخص بأعداد كبيرة وإلى تشاد",
                  "فر 5000 شخص مشيا وإلى تشاد", "فر 5000 شخص ليلا ونحو تشاد", "فر 5000 شخص من الفاشر وإلى تشاد",
                  // Where a cause or a home was is no place of the people's.
                  "5,000 people fled the fighting in Darfur and into Chad", "5,000 people fled their homes in El Fasher and into Chad",
                  "5000 personnes ont fui les combats au Darfour et vers le Tchad"]
        for text in texts {
            reads(text, 5000, 5000, 5000, measure: "refugees")
            refuses(text, containing: "counts refugees", measure: "idps")
            reads(text, 5000, 5000, 5000, measure: "displaced")
        }
    }

    /// A place said there (a name after a preposition of a place, a word of inside, a place
    /// inside, an unknown word after "to") is where some may have stayed: only part crossed.
    @Test func placeThenCountryIsOnlyPart() {
        refusedUnderIdpsAndRefugees([
            "5,000 people fled in Darfur and into Chad", "5,000 people fled on foot across Darfur and into Chad",
            "5,000 people fled to tawila and into Chad", "5,000 people fled into the bush and into Chad",
            "5,000 people fled at night through North Darfur and into Chad", "5,000 people fled on foot in Sudan and into Chad",
            "5,000 FLEE IN DARFUR AND INTO CHAD", "5000 personnes ont fui à pied dans le Darfour et vers le Tchad",
            "5000 personas huyeron a pie en Darfur y hacia Chad", "5000 pessoas fugiram a pé no Darfur e para o Chade",
            "فر 5000 شخص في دارفور وإلى تشاد", "فر 5000 شخص في السودان وإلى تشاد",
            // Held: read so before.
            "5,000 people fled inside Sudan and into Chad", "5,000 people fled internally and into Chad",
            "5,000 people fled within the country and into Chad", "5,000 people fled to Tawila and into Chad",
            "5,000 people fled at night to Tawila and into Chad", "فر 5000 شخص إلى طويلة وإلى تشاد",
            "فر 5000 شخص داخل السودان وإلى تشاد",
        ], containing: "only part of the people", displaced: 5000)
        // A time is no place, in capitals too; a month is no place in sentence case.
        for text in ["5,000 people fled in March and into Chad", "5,000 FLEE IN PANIC AND INTO CHAD"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
            refuses(text, containing: "counts refugees", measure: "idps")
        }
    }

    /// A headline in capitals reads as its sentence-case form: "BEYOND", "ABROAD", "OVERSEAS",
    /// "FURTHER AFIELD", "OTHER COUNTRIES" are no names; a place inside still is.
    @Test func capitalsReadAsSentenceCase() {
        for text in ["5,000 flee into Chad and beyond", "5,000 flee to Chad and beyond", "5,000 flee to Chad and abroad",
                     "5,000 flee into Chad and further afield", "5,000 flee to Chad and overseas", "5,000 flee to Chad and further",
                     "5,000 flee into Chad and beyond, UN says", "5,000 flee into Chad and beyond as fighting spreads",
                     "5,000 flee to Chad and then beyond", "5,000 flee into Chad and even beyond", "5,000 flee to Chad and other countries"] {
            for t in [text, text.uppercased()] {
                reads(t, 5000, 5000, 5000, measure: "refugees")
                refuses(t, containing: "counts refugees", measure: "idps")
            }
        }
        for text in ["5,000 flee to Chad and Darfur", "5,000 flee to Chad and Tawila", "5,000 flee to Chad, Darfur",
                     "5,000 flee to Chad and North Darfur", "5,000 flee to Chad and elsewhere", "5,000 flee to Tawila and beyond"] {
            refusedUnderIdpsAndRefugees([text, text.uppercased()], containing: "only part of the people", displaced: 5000)
        }
    }
}
