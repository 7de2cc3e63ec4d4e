import Foundation

/// phrases9 (review51 F9): the peoples of the countries ``CountryWords`` knows, by the word a
/// news item writes for them: English, French, Spanish and Arabic nouns and adjectives of
/// nationality ("Syrians", "syriens", "sirios", "سوري"). A nationality beside a figure of the
/// displaced and a country they are in says which kind they are: another country is across a
/// border ("5,000 displaced Syrians in Lebanon", "5000 نازح سوري في لبنان": refugees), their
/// own is inside it ("5000 نازح سوري في سوريا": idps). Keyed by the country's English name in
/// ``CountryWords/rows``: one table of countries, this one of their peoples.
extension CountryWords {
    /// One row a country: `english country | english forms | french masculine singular |
    /// spanish masculine singular | arabic masculine singular | portuguese masculine singular
    /// forms`. French, Spanish, Arabic and Portuguese feminine and plural forms are made by
    /// their regular endings (``peopleForms``); English forms are listed whole. portuguese14
    /// (issue 12, silent): the Portuguese column ("5000 deslocados sírios no Líbano" are
    /// refugees, "na Síria" idps); no word that names another people too ("bengali": India's
    /// Bengalis), nor "indiana" (a US state's name). A people whose word names two countries (Congolese, Korean,
    /// "South Sudanese" beside "Sudanese") is left out or guarded (``nationalityPlace``).
    static let peopleRows: [String] = [
        "syria | syrian, syrians | syrien | sirio | سوري | sírio",
        "sudan | sudanese | soudanais | sudanés | سوداني | sudanês",
        "yemen | yemeni, yemenis | yéménite | yemení | يمني | iemenita",
        "iraq | iraqi, iraqis | irakien | iraquí | عراقي | iraquiano",
        "palestine | palestinian, palestinians | palestinien | palestino | فلسطيني | palestiniano, palestino",
        "afghanistan | afghan, afghans | afghan | afgano | أفغاني | afegão",
        "somalia | somali, somalis | somalien | somalí | صومالي | somali",
        "ethiopia | ethiopian, ethiopians | éthiopien | etíope | إثيوبي | etíope",
        "eritrea | eritrean, eritreans | érythréen | eritreo | إريتري | eritreu",
        "libya | libyan, libyans | libyen | libio | ليبي | líbio",
        "lebanon | lebanese | libanais | libanés | لبناني | libanês",
        "jordan | jordanian, jordanians | jordanien | jordano | أردني | jordaniano, jordano",
        "egypt | egyptian, egyptians | égyptien | egipcio | مصري | egípcio",
        "chad | chadian, chadians | tchadien | chadiano | تشادي | chadiano",
        "turkey | turkish, turks | turc | turco | تركي | turco",
        "iran | iranian, iranians | iranien | iraní | إيراني | iraniano",
        "pakistan | pakistani, pakistanis | pakistanais | pakistaní | باكستاني | paquistanês",
        "ukraine | ukrainian, ukrainians | ukrainien | ucraniano | أوكراني | ucraniano",
        "russia | russian, russians | russe | ruso | روسي | russo",
        "venezuela | venezuelan, venezuelans | vénézuélien | venezolano | فنزويلي | venezuelano",
        "colombia | colombian, colombians | colombien | colombiano | كولومبي | colombiano",
        "myanmar | burmese | birman | birmano | بورمي | birmanês",
        "mali | malian, malians | malien | maliense | مالي | maliano",
        "nigeria | nigerian, nigerians | nigérian | nigeriano | نيجيري | nigeriano",
        "niger | nigerien, nigeriens | nigérien | nigerino | | nigerino",
        "burkina faso | burkinabe, burkinabes | burkinabè | burkinés | بوركيني | burquinense, burquinabê, burkinabê",
        "cameroon | cameroonian, cameroonians | camerounais | camerunés | كاميروني | camaronês",
        "burundi | burundian, burundians | burundais | burundés | بوروندي | burundiano, burundês",
        "rwanda | rwandan, rwandans | rwandais | ruandés | رواندي | ruandês",
        "uganda | ugandan, ugandans | ougandais | ugandés | أوغندي | ugandês",
        "kenya | kenyan, kenyans | kényan | keniano | كيني | queniano",
        "tunisia | tunisian, tunisians | tunisien | tunecino | تونسي | tunisino, tunisiano",
        "algeria | algerian, algerians | algérien | argelino | جزائري | argelino",
        "morocco | moroccan, moroccans | marocain | marroquí | مغربي | marroquino",
        "mauritania | mauritanian, mauritanians | mauritanien | mauritano | موريتاني | mauritano",
        "haiti | haitian, haitians | haïtien | haitiano | هايتي | haitiano",
        "honduras | honduran, hondurans | hondurien | hondureño | | hondurenho",
        "guatemala | guatemalan, guatemalans | guatémaltèque | guatemalteco | | guatemalteco",
        "el salvador | salvadoran, salvadorans | salvadorien | salvadoreño | | salvadorenho",
        "nicaragua | nicaraguan, nicaraguans | nicaraguayen | nicaragüense | | nicaraguense",
        "mexico | mexican, mexicans | mexicain | mexicano | مكسيكي | mexicano",
        "bangladesh | bangladeshi, bangladeshis | bangladais | bangladesí | بنغلاديشي | bangladeshiano",
        "israel | israeli, israelis | israélien | israelí | إسرائيلي | israelense",
        "saudi arabia | saudi, saudis | saoudien | saudí | سعودي | saudita",
        "armenia | armenian, armenians | arménien | armenio | أرميني | arménio, armênio",
        "azerbaijan | azerbaijani, azerbaijanis, azeri, azeris | azerbaïdjanais | azerbaiyano | أذربيجاني | azerbaijano, azeri",
        "georgia | georgian, georgians | géorgien | georgiano | جورجي | georgiano",
        "belarus | belarusian, belarusians | biélorusse | bielorruso | بيلاروسي | bielorrusso",
        "poland | polish, poles | polonais | polaco | بولندي | polaco, polonês",
        "moldova | moldovan, moldovans | moldave | moldavo | مولدوفي | moldavo",
        "tajikistan | tajik, tajiks | tadjik | tayiko | طاجيكي | tajique",
        "uzbekistan | uzbek, uzbeks | ouzbek | uzbeko | أوزبكي | usbeque",
        "djibouti | djiboutian, djiboutians | djiboutien | yibutiano | جيبوتي | djibutiano",
        "tanzania | tanzanian, tanzanians | tanzanien | tanzano | تنزاني | tanzaniano",
        "mozambique | mozambican, mozambicans | mozambicain | mozambiqueño | موزمبيقي | moçambicano",
        "senegal | senegalese | sénégalais | senegalés | سنغالي | senegalês",
        "ecuador | ecuadorian, ecuadorians | équatorien | ecuatoriano | إكوادوري | equatoriano",
        "peru | peruvian, peruvians | péruvien | peruano | بيروفي | peruano",
        "cuba | cuban, cubans | cubain | cubano | كوبي | cubano",
        "india | indian, indians | indien | indio | هندي | indiano",
        "china | chinese | chinois | chino | صيني | chinês",
        "sri lanka | sri lankan, sri lankans | sri-lankais | esrilanqués | سريلانكي | ",
        "nepal | nepali, nepalis, nepalese | népalais | nepalí | نيبالي | nepalês",
        "germany | german, germans | allemand | alemán | ألماني | alemão, alemães",
        "greece | greek, greeks | grec | griego | يوناني | grego",
        "france | french | français | francés | فرنسي | francês",
        "kuwait | kuwaiti, kuwaitis | koweïtien | kuwaití | كويتي | kuwaitiano",
        // phrases12 (review52 F3): large refugee contexts the table had missed. "Congolese"
        // names two countries: ``nationalityPlace`` judges none in either Congo; "Central
        // Africans" is two words (``nationalityPlace``).
        "democratic republic of the congo | congolese | congolais | congoleño | كونغولي | congolês",
        "central african republic | central african, central africans | centrafricain | centroafricano | | centro-africano",
        "ivory coast | ivorian, ivorians | ivoirien | marfileño | إيفواري | marfinense, costa-marfinense",
        "guinea | guinean, guineans | guinéen | guineano | غيني | ",
        "liberia | liberian, liberians | libérien | liberiano | ليبيري | liberiano",
        "togo | togolese | togolais | togolés | توغولي | togolês",
        "benin | beninese | béninois | beninés | بنيني | beninense",
        "ghana | ghanaian, ghanaians | ghanéen | ghanés | غاني | ganês",
        "gambia | gambian, gambians | gambien | gambiano | غامبي | gambiano",
        "zimbabwe | zimbabwean, zimbabweans | zimbabwéen | zimbabuense | زيمبابوي | zimbabueano",
        "zambia | zambian, zambians | zambien | zambiano | زامبي | zambiano",
        "malawi | malawian, malawians | malawite | malauí | مالاوي | malawiano",
        "angola | angolan, angolans | angolais | angoleño | أنغولي | angolano",
        "myanmar | rohingya, rohingyas |  | rohinyá | روهينغي | rohingya, rohingyas",
    ]

    /// The forms of one row's peoples, as the lexer reads them (lowercase, Arabic letters
    /// folded the way ``Vocabulary/pieces(of:)`` folds them).
    static let peopleForms: [(country: String, forms: [String])] = peopleRows.map { row in
        let cols = row.split(separator: "|", omittingEmptySubsequences: false).map { trimmed($0) }
        var forms: [String] = cols[1].split(separator: ",").map { trimmed($0) }
        let fr = cols[2], es = cols[3], ar = cols[4]
        if !fr.isEmpty {
            let fem = fr.hasSuffix("ien") ? fr + "ne" : fr.hasSuffix("e") || fr.hasSuffix("è") ? fr : fr + "e"
            for f in [fr, fem] { forms.append(f); if !f.hasSuffix("s") { forms.append(f + "s") } }
            if fr.hasSuffix("è") { forms.append(String(fr.dropLast()) + "e") }
        }
        if !es.isEmpty {
            if es.hasSuffix("o") {
                let stem = String(es.dropLast())
                forms += [es, stem + "a", stem + "os", stem + "as"]
            } else if es.hasSuffix("és") {
                let stem = String(es.dropLast(2)) + "es"
                forms += [es, stem + "a", stem + "es", stem + "as"]
            } else if es.hasSuffix("í") {
                forms += [es, es + "es", es + "s", String(es.dropLast()) + "i"]
            } else if es.hasSuffix("e") {
                forms += [es, es + "s"]
            } else {
                forms += [es]
            }
        }
        // portuguese14: "sírio, sírios, síria, sírias", "sudanês, sudaneses", "afegão, afegãos",
        // "eritreu, eritreus", "saudita, sauditas".
        if cols.count > 5 {
            for pt in cols[5].split(separator: ",").map({ trimmed($0) }) where !pt.isEmpty {
                if pt.hasSuffix("o") {
                    let stem = String(pt.dropLast())
                    forms += [pt, stem + "a", stem + "os", stem + "as"]
                } else if pt.hasSuffix("ês") {
                    let stem = String(pt.dropLast(2))
                    forms += [pt, stem + "esa", stem + "eses", stem + "esas"]
                } else if pt.hasSuffix("ão") {
                    let stem = String(pt.dropLast(2))
                    forms += [pt, stem + "ã", stem + "ãos", stem + "ãs"]
                } else if pt.hasSuffix("eu") {
                    let stem = String(pt.dropLast(2))
                    forms += [pt, stem + "eia", stem + "eus", stem + "eias"]
                } else if let last = pt.last, "eaiê".contains(last) {
                    forms += [pt, pt + "s"]
                } else {
                    forms += [pt]
                }
            }
            forms.removeAll { $0 == "indiana" }
        }
        if !ar.isEmpty {
            // The accusative after 11 to 99 ("قتل 12 يمنيا"); "سوريا" (Syria) is dropped below.
            for f in [ar, ar + "ة", ar + "ون", ar + "ين", ar + "ان"] { forms += [f, "ال" + f] }
            forms.append(ar + "ا")
        }
        // Lowercase and folded as read; a form that is a country's name too is no people's
        // ("siria" is Syria in Spanish, "سورية" Syria in Arabic).
        let read = forms.compactMap { form -> String? in
            let words = Vocabulary.pieces(of: form.lowercased()).compactMap { piece -> String? in
                if case let .word(w) = piece { return w } else { return nil }
            }
            return words.count == 1 ? words[0] : nil
        }
        return (cols[0], read.filter { byFirstWord[$0]?.contains(where: { $0.words.count == 1 }) != true })
    }

    /// The country (its English name) of a people's word as read, nil when none.
    static let peopleByWord: [String: String] = {
        var out: [String: String] = [:]
        for (country, forms) in peopleForms { for f in forms where out[f] == nil { out[f] = country } }
        return out
    }()

    /// phrases12 (review52 F3, silent): the Arabic accusative of a people that is its
    /// country's name too ("50 نازحا سوريا في لبنان": "سوريا" is the Syrians there, and Syria
    /// elsewhere), left out of ``peopleByWord``; ``PhraseReader/peopleCountry(at:)`` reads it
    /// as the people only after an accusative noun of people.
    static let accusativePeopleByWord: [String: String] = {
        var out: [String: String] = [:]
        for row in peopleRows {
            let cols = row.split(separator: "|", omittingEmptySubsequences: false).map { trimmed($0) }
            guard cols.count > 4, !cols[4].isEmpty else { continue }
            let words = Vocabulary.pieces(of: cols[4] + "ا").compactMap { piece -> String? in
                if case let .word(w) = piece { return w } else { return nil }
            }
            if words.count == 1, peopleByWord[words[0]] == nil, out[words[0]] == nil { out[words[0]] = cols[0] }
        }
        return out
    }()

    /// The Arabic forms, for the Arabic table's nouns of people after a figure ("5000 سوري",
    /// "لجأ 5000 سوداني إلى تشاد" had been refused as unknown words).
    static let arabicPeopleForms: [String] = peopleForms.flatMap { $0.forms }.filter { w in
        w.unicodeScalars.first.map { (0x0600...0x06FF).contains($0.value) } ?? false
    }
}
