import Testing
import TallyCore

/// dest20 (review56 F6, F7; silent), on main b9ee5c6 (`tally estimate --measure idps|refugees --
/// TEXT`): "5000 people have been displaced, internally or as refugees", "5000 people displaced
/// across Sudan and into Chad", "5000 people displaced in Sudan and the region", "5,000 DISPLACED
/// IN SUDAN AND CHAD" read 5,000 under BOTH idps and refugees; "5000 people displaced within Sudan
/// or who fled to Chad" read 5,000 idps; "5000 personas partieron al exilio", "فر 5000 شخص إلى
/// المنفى" read 5,000 idps; "5,000 flee to Chad & Darfur", "5,000 flee Sudan to Chad, Darfur"
/// read 5,000 refugees. Each is now refused under the measure it does not fit; `displaced` reads.
@Suite("Estimate text: both sides of a border said by kinds, exile, 'the region', a bare country, headline '&' (dest20, review56 F6, F7)")
struct EstimateDest20Tests {
    /// Part of the people inside the country, part across a border: refused under idps and
    /// refugees with the "only part" (or "more than one country") reason, read under displaced.
    @Test func bothSidesWithoutTheKnownPrepositionsAreRefusedUnderBoth() {
        let part = [
            // The kinds named as the sides.
            "5000 people have been displaced, internally or as refugees", "5000 people displaced, either internally or as refugees",
            "5000 people uprooted, as IDPs or refugees", "5000 people, internally displaced and refugees",
            "5000 people displaced internally or as refugees", "5000 people have fled, either as IDPs or as refugees",
            "5000 people uprooted, as refugees or internally displaced", "5000 people displaced, as refugees and IDPs",
            "5000 people, refugees and internally displaced", "5000 people uprooted, whether internally or as refugees",
            "5000 personnes déplacées, à l'intérieur du pays ou comme réfugiés",
            "5000 personnes déplacées, à l'intérieur du pays ou en tant que réfugiés",
            "5000 personnes déplacées, soit à l'intérieur du pays soit comme réfugiés",
            "5000 personas desplazadas, dentro del país o como refugiados", "5000 personas desplazadas internamente o como refugiados",
            "5000 personas desplazadas, ya sea dentro del país o como refugiados",
            "5000 pessoas deslocadas, internamente ou como refugiados", "5000 pessoas deslocadas, dentro do país ou como refugiados",
            "5000 pessoas deslocadas, seja dentro do país ou como refugiados",
            // One side at home, one abroad, without the prepositions dest17 knew.
            "5000 people displaced across Sudan and into Chad", "5000 people displaced across Darfur and into Chad",
            "5000 people displaced across Sudan and its borders", "5000 people displaced across Sudan and the region",
            "5000 people displaced in Sudan and the region", "5000 people displaced, in Sudan and across the region",
            "5000 people have fled their homes, both in Sudan and across borders", "5000 people fled, in Sudan or abroad",
            "5000 people displaced in Sudan or in exile", "5000 people displaced inside Sudan and in exile",
            "5000 people displaced within Sudan or who fled to Chad", "5000 people displaced inside the country or who crossed into Chad",
            "5000 people fled into exile and within Sudan", "5000 people went into exile or were displaced internally",
            "5000 people displaced across Syria and into Turkey", "5000 people displaced throughout Sudan and into Chad",
            "5000 people displaced across Sudan and into neighbouring countries", "5000 people displaced in Sudan and in the region",
            "5000 people displaced in Sudan and the wider region", "5000 people fled their homes, both in Sudan and abroad",
            "5000 people displaced in Sudan or living in exile", "5000 people displaced within Syria or in exile",
            "5000 people displaced within Sudan and those who fled to Chad", "5000 people went into exile or were displaced within Sudan",
            "5000 personnes déplacées au Soudan ou en exil", "5000 personnes déplacées au Soudan et dans la région",
            "5000 personas desplazadas en Sudán o en el exilio", "5000 personas desplazadas en Sudán y en la región",
            "5000 pessoas deslocadas no Sudão ou no exílio",
            "نزح 5000 شخص في السودان ودول الجوار", "نزح 5000 شخص في سوريا ودول الجوار", "نزح 5000 شخص داخل السودان أو إلى المنفى",
        ]
        refusedUnderIdpsAndRefugees(part, containing: "only part of the people", displaced: 5000)
        // A second country said bare after "displaced in <country> and": two countries.
        refusedUnderIdpsAndRefugees(["5,000 DISPLACED IN SUDAN AND CHAD", "5,000 DISPLACED IN SYRIA AND TURKEY", "5000 people displaced in Sudan and South Sudan",
                     "5000 people displaced in Mali and Niger"], containing: "more than one country", displaced: 5000)
    }

    /// Exile is across a border in every language: read under refugees, refused under idps.
    @Test func exileIsAcrossABorder() {
        for text in ["5000 personnes ont pris le chemin de l'exil", "5000 personas partieron al exilio", "5000 pessoas foram para o exílio",
                     "فر 5000 شخص إلى المنفى", "5000 personnes ont fui en exil", "5000 personas huyeron al exilio",
                     "5000 people were forced into exile", "5000 people live in exile", "5000 personnes ont pris la route de l'exil",
                     "5000 personas tomaron el camino del exilio", "5000 personas se fueron al exilio", "5000 pessoas partiram rumo ao exílio",
                     "5000 pessoas seguiram o caminho do exílio", "5000 personnes vivent en exil", "فر 5000 شخص للمنفى", "5000 شخص يعيشون في المنفى"] {
            refuses(text, containing: "counts refugees", measure: "idps")
            reads(text, 5000, 5000, 5000, measure: "refugees")
        }
        // The government in exile is not the people; returning from exile is no flight into it.
        reads("5000 people displaced, the government in exile said", 5000, 5000, 5000, measure: "idps")
        reads("5000 people displaced, the government in exile said", 5000, 5000, 5000, measure: "refugees")
    }

    /// Headline lists joined by "&", "+", "/", ";", after a country left, or naming a place's place.
    @Test func headlineListsJoinedBySignsAreRefusedUnderRefugees() {
        for text in ["5,000 flee to Chad & Darfur", "5,000 FLEE TO CHAD & DARFUR", "5,000 flee to Chad + Darfur", "5,000 flee to Chad / Darfur",
                     "5,000 flee to Chad; Darfur", "5,000 flee Sudan to Chad, Darfur", "5,000 flee to Chad, Darfur's Tawila",
                     "5,000 FLEE TO CHAD & NORTH DARFUR", "5,000 flee to Chad & Darfur camps", "5,000 flee to Darfur & Chad",
                     "5,000 flee to Chad + Tawila", "5,000 flee to Chad/Darfur", "5,000 flee Sudan for Chad, Darfur",
                     "5,000 flee to Chad, Darfur's El Fasher", "5,000 flee to Chad; North Darfur", "5,000 flee to Chad & Sudan's Darfur",
                     "5,000 flee Sudan to Chad, Tawila"] {
            refuses(text, containing: "only part of the people", measure: "refugees")
            refuses(text, containing: "only part of the people", measure: "idps")
        }
    }

    /// What a reader has no doubt about reads as before.
    @Test func oneSideOrCountriesOnlyStillRead() {
        for text in ["5,000 flee to Chad & Cameroon", "5,000 flee to Chad / Cameroon", "5,000 flee Sudan to Chad, Cameroon",
                     "5,000 flee Sudan for Adré, Chad", "5,000 flee to Chad; UN warns of famine", "5,000 flee to Chad; Sudan army advances",
                     "5000 people fled to Chad as refugees", "5000 people fled into exile in Chad", "5000 refugees in Chad and the region",
                     "5000 people fled to Chad, and in Sudan the fighting continues", "5000 people fled to Chad and the region",
                     "5000 people fled to Chad and refugees there need aid", "5,000 flee to Chad, Sudan says", "5,000 flee Sudan to Chad",
                     "5000 people fled Sudan for Chad and Libya"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
        }
        for text in ["5000 people displaced in Sudan", "5000 people displaced across Sudan", "5000 people displaced within Sudan",
                     "5000 people were displaced internally, not as refugees", "5000 people fled to Tawila", "نزح 5000 شخص داخل السودان",
                     "5000 people displaced in the Darfur region and Kordofan", "5000 people displaced across Darfur and Kordofan",
                     "5000 people displaced in Sudan and Chad closed its border"] {
            reads(text, 5000, 5000, 5000, measure: "idps")
        }
    }
}
