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
    /// spanish masculine singular | arabic masculine singular`. French, Spanish and Arabic
    /// feminine and plural forms are made by their regular endings (``peopleForms``); English
    /// forms are listed whole. A people whose word names two countries (Congolese, Korean,
    /// "South Sudanese" beside "Sudanese") is left out or guarded (``nationalityPlace``).
    static let peopleRows: [String] = [
        "syria | syrian, syrians | syrien | sirio | سوري",
        "sudan | sudanese | soudanais | sudanés | سوداني",
        "yemen | yemeni, yemenis | yéménite | yemení | يمني",
        "iraq | iraqi, iraqis | irakien | iraquí | عراقي",
        "palestine | palestinian, palestinians | palestinien | palestino | فلسطيني",
        "afghanistan | afghan, afghans | afghan | afgano | أفغاني",
        "somalia | somali, somalis | somalien | somalí | صومالي",
        "ethiopia | ethiopian, ethiopians | éthiopien | etíope | إثيوبي",
        "eritrea | eritrean, eritreans | érythréen | eritreo | إريتري",
        "libya | libyan, libyans | libyen | libio | ليبي",
        "lebanon | lebanese | libanais | libanés | لبناني",
        "jordan | jordanian, jordanians | jordanien | jordano | أردني",
        "egypt | egyptian, egyptians | égyptien | egipcio | مصري",
        "chad | chadian, chadians | tchadien | chadiano | تشادي",
        "turkey | turkish, turks | turc | turco | تركي",
        "iran | iranian, iranians | iranien | iraní | إيراني",
        "pakistan | pakistani, pakistanis | pakistanais | pakistaní | باكستاني",
        "ukraine | ukrainian, ukrainians | ukrainien | ucraniano | أوكراني",
        "russia | russian, russians | russe | ruso | روسي",
        "venezuela | venezuelan, venezuelans | vénézuélien | venezolano | فنزويلي",
        "colombia | colombian, colombians | colombien | colombiano | كولومبي",
        "myanmar | burmese | birman | birmano | بورمي",
        "mali | malian, malians | malien | maliense | مالي",
        "nigeria | nigerian, nigerians | nigérian | nigeriano | نيجيري",
        "niger | nigerien, nigeriens | nigérien | nigerino | ",
        "burkina faso | burkinabe, burkinabes | burkinabè | burkinés | بوركيني",
        "cameroon | cameroonian, cameroonians | camerounais | camerunés | كاميروني",
        "burundi | burundian, burundians | burundais | burundés | بوروندي",
        "rwanda | rwandan, rwandans | rwandais | ruandés | رواندي",
        "uganda | ugandan, ugandans | ougandais | ugandés | أوغندي",
        "kenya | kenyan, kenyans | kényan | keniano | كيني",
        "tunisia | tunisian, tunisians | tunisien | tunecino | تونسي",
        "algeria | algerian, algerians | algérien | argelino | جزائري",
        "morocco | moroccan, moroccans | marocain | marroquí | مغربي",
        "mauritania | mauritanian, mauritanians | mauritanien | mauritano | موريتاني",
        "haiti | haitian, haitians | haïtien | haitiano | هايتي",
        "honduras | honduran, hondurans | hondurien | hondureño | ",
        "guatemala | guatemalan, guatemalans | guatémaltèque | guatemalteco | ",
        "el salvador | salvadoran, salvadorans | salvadorien | salvadoreño | ",
        "nicaragua | nicaraguan, nicaraguans | nicaraguayen | nicaragüense | ",
        "mexico | mexican, mexicans | mexicain | mexicano | مكسيكي",
        "bangladesh | bangladeshi, bangladeshis | bangladais | bangladesí | بنغلاديشي",
        "israel | israeli, israelis | israélien | israelí | إسرائيلي",
        "saudi arabia | saudi, saudis | saoudien | saudí | سعودي",
        "armenia | armenian, armenians | arménien | armenio | أرميني",
        "azerbaijan | azerbaijani, azerbaijanis, azeri, azeris | azerbaïdjanais | azerbaiyano | أذربيجاني",
        "georgia | georgian, georgians | géorgien | georgiano | جورجي",
        "belarus | belarusian, belarusians | biélorusse | bielorruso | بيلاروسي",
        "poland | polish, poles | polonais | polaco | بولندي",
        "moldova | moldovan, moldovans | moldave | moldavo | مولدوفي",
        "tajikistan | tajik, tajiks | tadjik | tayiko | طاجيكي",
        "uzbekistan | uzbek, uzbeks | ouzbek | uzbeko | أوزبكي",
        "djibouti | djiboutian, djiboutians | djiboutien | yibutiano | جيبوتي",
        "tanzania | tanzanian, tanzanians | tanzanien | tanzano | تنزاني",
        "mozambique | mozambican, mozambicans | mozambicain | mozambiqueño | موزمبيقي",
        "senegal | senegalese | sénégalais | senegalés | سنغالي",
        "ecuador | ecuadorian, ecuadorians | équatorien | ecuatoriano | إكوادوري",
        "peru | peruvian, peruvians | péruvien | peruano | بيروفي",
        "cuba | cuban, cubans | cubain | cubano | كوبي",
        "india | indian, indians | indien | indio | هندي",
        "china | chinese | chinois | chino | صيني",
        "sri lanka | sri lankan, sri lankans | sri-lankais | esrilanqués | سريلانكي",
        "nepal | nepali, nepalis, nepalese | népalais | nepalí | نيبالي",
        "germany | german, germans | allemand | alemán | ألماني",
        "greece | greek, greeks | grec | griego | يوناني",
        "france | french | français | francés | فرنسي",
        "kuwait | kuwaiti, kuwaitis | koweïtien | kuwaití | كويتي",
        // phrases12 (review52 F3): large refugee contexts the table had missed. "Congolese"
        // names two countries: ``nationalityPlace`` judges none in either Congo; "Central
        // Africans" is two words (``nationalityPlace``).
        "democratic republic of the congo | congolese | congolais | congoleño | كونغولي",
        "central african republic | central african, central africans | centrafricain | centroafricano | ",
        "ivory coast | ivorian, ivorians | ivoirien | marfileño | إيفواري",
        "guinea | guinean, guineans | guinéen | guineano | غيني",
        "liberia | liberian, liberians | libérien | liberiano | ليبيري",
        "togo | togolese | togolais | togolés | توغولي",
        "benin | beninese | béninois | beninés | بنيني",
        "ghana | ghanaian, ghanaians | ghanéen | ghanés | غاني",
        "gambia | gambian, gambians | gambien | gambiano | غامبي",
        "zimbabwe | zimbabwean, zimbabweans | zimbabwéen | zimbabuense | زيمبابوي",
        "zambia | zambian, zambians | zambien | zambiano | زامبي",
        "malawi | malawian, malawians | malawite | malauí | مالاوي",
        "angola | angolan, angolans | angolais | angoleño | أنغولي",
        "myanmar | rohingya, rohingyas |  | rohinyá | روهينغي",
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
