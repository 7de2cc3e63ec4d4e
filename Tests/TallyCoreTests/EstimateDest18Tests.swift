import Testing
import TallyCore

/// dest18 (review56 F5, F4), on main fbaf7f4 (`tally estimate --measure M -- TEXT`): "5000 displaced
/// people sheltering in and outside camps", "inside and outside the town", "within and outside
/// Khartoum", "dentro y fuera de los campamentos" were refused under idps as "only part of the people
/// crossed a border" (a regression of 7418fa5), "fled to Chad and elsewhere abroad", "to neighbouring
/// countries and further afield" under refugees; "5000 people fled their homes and crossed the border
/// into Chad", "fled Darfur and Kordofan for Chad", "who fled Darfur and Kordofan are now in Chad"
/// read 5,000 idps.
@Suite("Estimate text: inside and outside a place, further afield, a clause that goes on after and (dest18, review56)")
struct EstimateDest18Tests {
    @Test func insideAndOutsideAPlaceThatIsNoCountryNamesNoBorder() {
        for text in ["5000 displaced people sheltering in and outside camps", "5000 people displaced, living inside and outside displacement sites",
                     "5000 people sheltering both inside and outside Zamzam camp", "5000 people displaced inside and outside the town",
                     "5000 people displaced in and outside El Fasher", "5000 people fled inside and outside El Fasher",
                     "5000 people displaced within and outside Khartoum",
                     "5000 personnes déplacées à l'intérieur et à l'extérieur des camps", "5000 personnes déplacées dans et hors des camps",
                     "5000 personas desplazadas dentro y fuera de los campamentos", "5000 pessoas deslocadas dentro e fora dos campos",
                     "5000 people fled to Tawila and further afield in Darfur"] {
            reads(text, 5000, 5000, 5000, measure: "idps")
        }
        // Where refugees live is no side either.
        for text in ["5000 people fled to Chad and are living in and outside camps", "5000 people fled to Chad, living inside and outside camps"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
            refuses(text, containing: "counts refugees", measure: "idps")
        }
        // The country as the object still names a border (dest17, review55 F16).
        for text in ["5000 people displaced inside and outside Sudan", "5000 people displaced within and outside the country",
                     "5000 people displaced inside and outside its borders", "5000 people displaced inside and outside the Sudanese borders",
                     "5000 personnes déplacées à l'intérieur et à l'extérieur du pays", "5000 personas desplazadas dentro y fuera del país",
                     "5000 pessoas deslocadas dentro e fora do país", "5000 people displaced internally and across borders",
                     "5000 people fled to Tawila and beyond", "5000 people fled to Tawila and further afield", "5000 people fled to Chad and elsewhere"] {
            refuses(text, containing: "only part of the people", measure: "idps")
            refuses(text, containing: "only part of the people", measure: "refugees")
        }
    }

    @Test func furtherOnFromAbroadIsAbroad() {
        for text in ["5000 people fled to Chad and elsewhere abroad", "5000 people fled to Chad and elsewhere outside Sudan",
                     "5000 people fled to Chad and elsewhere outside the country", "5000 people fled to neighbouring countries and further afield",
                     "5000 people fled to neighbouring countries and beyond", "5000 people fled to neighbouring countries and elsewhere",
                     "5000 people fled across the border and further afield", "5000 people fled abroad, to Chad and beyond",
                     "5000 people fled to Chad and further afield", "5000 people fled to Chad and beyond", "5000 people fled to neighbouring states such as Chad",
                     "5000 people fled to neighbouring states, including Chad"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
            refuses(text, containing: "counts refugees", measure: "idps")
        }
        // States not named, or named as a country's own: as before.
        refuses("5000 people fled to neighbouring states", containing: "may name other countries", measure: "refugees")
        refuses("5000 people fled to neighbouring states", containing: "may name other countries", measure: "idps")
    }

    @Test func theClauseGoesOnAfterAndToTheBorderCrossed() {
        for text in ["5000 people fled their homes and crossed the border into Chad", "5000 people fled fighting and crossed into Chad",
                     "5000 people fled the fighting and crossed into Chad", "5000 people fled El Geneina and crossed into Chad",
                     "5000 people left their homes and crossed into Chad", "5000 people fled the violence and crossed the border",
                     "5000 people who fled Darfur and Kordofan are now in Chad", "5000 people fled both Darfur and Kordofan for Chad",
                     "5000 people fled fighting in Darfur and Kordofan into Chad", "5000 people fled their homes inside Sudan and crossed into Chad",
                     "5000 people fled Darfur and then crossed into Chad", "5000 people who fled Darfur are now in Chad",
                     "5000 people fled and are now in Chad",
                     "5000 personnes ont fui les combats et traversé la frontière vers le Tchad",
                     "5000 personas huyeron de los combates y cruzaron la frontera hacia Chad",
                     "5000 pessoas fugiram dos combates e atravessaram a fronteira para o Chade"] {
            refuses(text, containing: "counts refugees", measure: "idps")
            reads(text, 5000, 5000, 5000, measure: "refugees")
        }
        // Another subject after "and", or no country reached: as before.
        for text in ["5000 people fled Darfur and Chad closed its border", "5000 people fled El Fasher and are now in Tawila",
                     "5000 people fled the fighting and troops moved in", "5000 people fled and are still in Sudan"] {
            reads(text, 5000, 5000, 5000, measure: "idps")
        }
        refuses("5000 people displaced in Sudan and in Chad", containing: "more than one country", measure: "idps")
        refuses("5000 people displaced in Sudan and in Chad", containing: "more than one country", measure: "refugees")
        reads("5000 people displaced in Sudan and in Chad", 5000, 5000, 5000, measure: "displaced")
    }
}
