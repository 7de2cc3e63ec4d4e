import Testing
import TallyCore

/// dest15 (issue 12, review54 F1, F2, F3, F4, F11, F12, F14; silent), on main bd456de (`tally
/// estimate --measure M -- TEXT`): a destination list of a country and a place inside joined by
/// anything but a bare "and" ("to Chad and to Darfur", "as well as Darfur", "and elsewhere in
/// Sudan"), a part said by words the rule missed ("roughly half to Chad", "most heading to Chad",
/// "almost all to Chad"), a part toward a place inside ("mainly within Darfur"), a split between
/// inside and across ("to Tawila while some crossed into Chad") read 5,000 under refugees or idps;
/// "out of the country" and "em direção ao Chade" read as idps.
@Suite("Estimate text: destinations lists, parts and splits between inside and across (dest15, review54)")
struct EstimateDest15Tests {
    static let across = "only part of the people crossed a border"
    static let somewhere = "says where only part of the people went"

    @Test func aListOfACountryAndAPlaceInsideJoinedByAnyWordsIsOnlyAPart() {
        for text in ["5000 people fled to Chad and to Darfur", "5000 people fled to Darfur and to Chad", "5000 people fled to Chad as well as Darfur",
                     "5000 people fled to Chad and within Darfur", "5000 people fled to Chad and other parts of Sudan",
                     "5000 people fled to Chad and elsewhere in Sudan", "5000 people fled to Chad and inside Sudan",
                     "5000 people fled to camps in Darfur and Chad", "5000 people fled to eastern Chad and Darfur camps",
                     "5000 people fled to Chad or Darfur", "5000 people fled to Chad and also to Darfur",
                     "5000 people fled within Sudan and to Chad", "5000 people fled to other parts of the country and to Chad",
                     "5000 pessoas fugiram para Darfur e para o Chade", "5000 pessoas fugiram para o Chade e para Darfur",
                     "5000 pessoas fugiram para o Chade e outras partes do Sudão", "5000 pessoas fugiram para o Chade e dentro do Sudão",
                     "5000 pessoas fugiram dentro do Sudão e para o Chade",
                     "5000 personnes ont fui vers le Tchad et ailleurs au Soudan", "5000 personnes ont fui vers le Tchad et vers le Darfour",
                     "5000 personnes ont fui vers le Tchad et à l'intérieur du Soudan",
                     "5000 personas huyeron a Chad y a Darfur", "5000 personas huyeron a Chad y Darfur",
                     "5000 personas huyeron a Chad y a otras partes de Sudán", "5000 personas huyeron a Chad y dentro de Sudán"] {
            refuses(text, containing: Self.across, measure: "refugees")
            refuses(text, containing: Self.across, measure: "idps")
        }
        // Countries alone, with the preposition said again or other joiners: refugees as before.
        for text in ["5,000 people fled to Chad and to Egypt", "5,000 people fled to Chad as well as South Sudan",
                     "5,000 people fled to Chad or South Sudan", "5,000 people fled to Chad and then to Libya",
                     "5000 pessoas fugiram para o Chade e para o Sudão do Sul", "5000 personas huyeron a Colombia y Ecuador",
                     "5,000 people fled to Chad and UNHCR registered them", "5,000 people fled to Chad and to safety"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
            refuses(text, containing: "counts refugees", measure: "idps")
        }
        reads("5,000 people fled to Tawila and El Fasher", 5000, 5000, 5000, measure: "idps")
    }

    @Test func aPartSaidByAnyQuantifierOfThePeopleBeforeADestinationAbroadIsOnlyAPart() {
        for text in ["5000 people fled, roughly half to Chad", "5000 people fled, approximately half to Chad", "5000 people fled, most heading to Chad",
                     "5000 people fled; most went to Chad", "5000 people fled, almost all to Chad", "5000 people fled, nearly all of them to Chad",
                     "5000 people fled, several thousand of them to Chad", "5000 people fled, most of them crossing into Chad",
                     "5000 people fled, with most crossing into Chad", "5000 people fled, the rest to Chad",
                     "5000 personas huyeron, sobre todo a Chad", "5000 personas huyeron, casi todas a Chad",
                     "5000 personas huyeron, la mayoría se dirigieron a Chad", "5000 personnes ont fui, presque toutes vers le Tchad",
                     "5000 personnes ont fui, la plupart se dirigeant vers le Tchad", "5000 personnes ont fui ; la plupart vers le Tchad",
                     "5000 pessoas fugiram, quase todas para o Chade", "5000 pessoas fugiram; a maioria foi para o Chade",
                     "5000 pessoas fugiram, a maioria seguiu para o Chade"] {
            refuses(text, containing: Self.across, measure: "refugees")
            refuses(text, containing: Self.across, measure: "idps")
        }
        // The "roughly" of "half" is no approximation of the figure.
        reads("5,000 people fled, roughly half of them children", 5000, 5000, 5000, measure: "displaced")
        reads("5000 people fled, roughly half to Chad", 5000, 5000, 5000, measure: "displaced")
        // A part of whom, not of where; a part after refugees; composition.
        for text in ["5,000 people fled to Chad, most of them women", "5,000 people fled to Chad, mostly women and children",
                     "5,000 people fled to Chad, almost all of them women", "5,000 people fled to Chad, with most arriving in Adré",
                     "5,000 refugees fled, roughly half to Chad", "5,000 refugees fled, most heading to Chad",
                     "5000 personas huyeron a Colombia, casi todas mujeres"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
        }
        for text in ["5,000 people fled, mostly women and children", "5,000 people fled, mostly on foot", "5,000 people fled, many to escape the fighting",
                     "5000 personas huyeron, sobre todo mujeres"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
            reads(text, 5000, 5000, 5000, measure: "idps")
        }
    }

    @Test func outOfTheCountryIsAcrossABorder() {
        for text in ["5000 pessoas fugiram para fora do país", "5000 pessoas fugiram para fora de Moçambique", "5000 people fled out of the country",
                     "5000 people fled outside the country", "5000 people fled out of Sudan", "5000 personnes ont fui hors du pays",
                     "5000 personas huyeron fuera del país", "5000 pessoas fugiram para o exterior"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
            refuses(text, containing: "counts refugees", measure: "idps")
        }
        // A city is no country.
        for text in ["5,000 people fled out of the city", "5,000 people fled outside Khartoum", "5,000 people fled out of fear"] {
            reads(text, 5000, 5000, 5000, measure: "idps")
        }
    }

    @Test func aDirectionTowardACountryReadsAsTowards() {
        for text in ["5000 pessoas fugiram em direção ao Chade", "5000 pessoas fugiram em direcção ao Chade", "5000 pessoas fugiram na direção do Chade",
                     "5000 pessoas seguiram para o Chade", "5000 people fled in the direction of Chad", "5000 people fled towards Chad",
                     "5000 personnes ont fui en direction de la Libye", "5000 personas huyeron en dirección a Chad", "5000 personas huyeron rumbo a Chad"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
            refuses(text, containing: "counts refugees", measure: "idps")
        }
    }

    @Test func aSplitBetweenInsideAndAcrossOrAPartToAPlaceInsideIsRefused() {
        for text in ["5000 people fled, a third of them to Tawila and the rest to Chad", "5000 people fled to Tawila while some crossed into Chad",
                     "5000 people fled to Tawila and some crossed into Chad", "5000 people fled to Chad while some went to Tawila",
                     "5000 people fled to Chad and others to Darfur", "5000 people fled to Chad, the rest to Tawila",
                     "5000 people fled and most crossed into Chad",
                     "5000 personnes ont fui vers Tawila tandis que d'autres ont traversé vers le Tchad",
                     "5000 personas huyeron a Tawila mientras otras cruzaron a Chad",
                     "5000 pessoas fugiram para Nampula enquanto outras atravessaram para o Malawi",
                     "فر 5000 شخص إلى طويلة بينما عبر بعضهم إلى تشاد"] {
            refuses(text, containing: Self.across, measure: "refugees")
            refuses(text, containing: Self.across, measure: "idps")
        }
        for text in ["5000 people displaced, mostly within Sudan", "5000 people fled, mainly within Darfur", "5000 people fled, most of them inside the country",
                     "5000 people fled, mainly to Tawila", "5000 people fled, mostly to camps in Darfur", "5000 people fled, half of them to Tawila",
                     "5000 pessoas fugiram, principalmente dentro do país", "5000 pessoas fugiram, a maioria para Nampula",
                     "5000 personnes ont fui, principalement vers Tawila", "5000 personas huyeron, principalmente dentro del país"] {
            refuses(text, containing: Self.somewhere, measure: "idps")
            refuses(text, containing: Self.somewhere, measure: "refugees")
        }
        // Both parts across a border; the people a noun names; one place; a part of whom.
        reads("5000 people fled to Chad and the rest to Cameroon", 5000, 5000, 5000, measure: "refugees")
        reads("5,000 IDPs fled, mainly to Tawila", 5000, 5000, 5000, measure: "idps")
        reads("5,000 internally displaced people fled, mostly within Darfur", 5000, 5000, 5000, measure: "idps")
        for text in ["5,000 people displaced within Darfur", "5,000 people fled to Tawila", "5,000 people fled to Tawila, most of them women",
                     "5,000 people fled to Tawila and some returned home", "5,000 people fled within the country, mostly women and children",
                     "5000 pessoas fugiram para Nampula, sobretudo mulheres"] {
            reads(text, 5000, 5000, 5000, measure: "idps")
        }
    }
}
