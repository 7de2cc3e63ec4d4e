import Foundation

/// flee7 (review49 F9, F10, F14): the countries a destination names, and the kind of the
/// displaced (refugees or idps) the verb's destination says. Kept apart from Acts.swift (the
/// other acts of a figure's people), which had held a short list of 70 countries and missed
/// "the DRC", "South Sudan", "the US", "the UAE", "Côte d'Ivoire" (each read as idps).

/// Every UN member and observer state, and the territories news names as places people flee
/// to, by the names a news item uses: English, French, Spanish, Arabic and Portuguese, short
/// and long forms (facts only). One row a country: `english | french | spanish | arabic |
/// portuguese`, forms separated by commas (portuguese14, issue 12, silent: "5000 pessoas
/// fugiram para o Chade" had no country to read; Portuguese forms with and without accents
/// where news writes both, "Síria, Siria"; none that is a common word, "servia", "franca"). A form written with capitals is an acronym and matches only text in
/// capitals ("CAR", "US", "RDC": "fled to the car", "vers l'eau" are no countries). The
/// English forms are also the English table's ``LanguageTable/countedNames`` of countries
/// ("Two Myanmar soldiers"): one list for both (English.swift). "Europe" is listed as a
/// destination across a border ("fled to Europe").
enum CountryWords {
    static let rows: [String] = [
        "afghanistan | afghanistan | afganistán, afganistan | أفغانستان | afeganistão, afeganistao",
        "albania | albanie | albania | ألبانيا | albânia, albania",
        "algeria | algérie, algerie | argelia | الجزائر | argélia, argelia",
        "andorra | andorre | andorra | أندورا | andorra",
        "angola | angola | angola | أنغولا | angola",
        "antigua and barbuda, antigua | antigua-et-barbuda | antigua y barbuda | أنتيغوا وبربودا | antígua e barbuda, antigua e barbuda",
        "argentina | argentine | argentina | الأرجنتين | argentina",
        "armenia | arménie, armenie | armenia | أرمينيا | arménia, armênia, armenia",
        "australia | australie | australia | أستراليا | austrália, australia",
        "austria | autriche | austria | النمسا | áustria, austria",
        "azerbaijan | azerbaïdjan, azerbaidjan | azerbaiyán, azerbaiyan | أذربيجان | azerbaijão, azerbaijao",
        "bahamas | bahamas | bahamas | جزر البهاما, البهاما | bahamas, baamas",
        "bahrain | bahreïn, bahrein | baréin, barein, bahréin | البحرين | barém, bahrein, barein",
        "bangladesh | bangladesh | bangladés, bangladesh | بنغلاديش, بنجلاديش | bangladesh, bangladexe",
        "barbados | barbade | barbados | بربادوس | barbados",
        "belarus | biélorussie, bielorussie, bélarus | bielorrusia | بيلاروسيا, روسيا البيضاء | bielorrússia, bielorrussia, belarus",
        "belgium | belgique | bélgica, belgica | بلجيكا | bélgica, belgica",
        "belize | belize | belice | بليز | belize",
        "benin | bénin, benin | benín, benin | بنين | benim, benin",
        "bhutan | bhoutan | bután, butan | بوتان | butão, butao",
        "bolivia | bolivie | bolivia | بوليفيا | bolívia, bolivia",
        "bosnia and herzegovina, bosnia-herzegovina, bosnia | bosnie-herzégovine, bosnie | bosnia y herzegovina, bosnia | البوسنة والهرسك, البوسنة | bósnia e herzegovina, bosnia e herzegovina, bósnia, bosnia",
        "botswana | botswana | botsuana | بوتسوانا | botsuana, botswana",
        "brazil | brésil, bresil | brasil | البرازيل | brasil",
        "brunei | brunei, brunéi | brunéi, brunei | بروناي | brunei",
        "bulgaria | bulgarie | bulgaria | بلغاريا | bulgária, bulgaria",
        "burkina faso, burkina | burkina faso, burkina | burkina faso, burkina | بوركينا فاسو, بوركينا | burkina faso, burquina faso, burkina",
        "burundi | burundi | burundi | بوروندي | burundi",
        "cabo verde, cape verde | cap-vert, cap vert | cabo verde | الرأس الأخضر | cabo verde",
        "cambodia | cambodge | camboya | كمبوديا | camboja",
        "cameroon | cameroun | camerún, camerun | الكاميرون | camarões, camaroes",
        "canada | canada | canadá, canada | كندا | canadá, canada",
        "central african republic, CAR | république centrafricaine, centrafrique, RCA | república centroafricana, RCA | جمهورية أفريقيا الوسطى, أفريقيا الوسطى, إفريقيا الوسطى | república centro-africana, republica centro-africana, RCA",
        "chad | tchad | chad | تشاد | chade",
        "chile | chili | chile | تشيلي, شيلي | chile",
        "china | chine | china | الصين | china",
        "colombia | colombie | colombia | كولومبيا | colômbia, colombia",
        "comoros | comores | comoras | جزر القمر | comores",
        "congo, republic of the congo, republic of congo, congo-brazzaville | congo, république du congo, congo-brazzaville | congo, república del congo | الكونغو, جمهورية الكونغو, الكونغو برازافيل | congo, república do congo, republica do congo, congo-brazzaville",
        "democratic republic of the congo, democratic republic of congo, DR Congo, DRC, D.R. Congo, congo-kinshasa | république démocratique du congo, RDC, RD Congo, congo-kinshasa | república democrática del congo, RDC, RD Congo | جمهورية الكونغو الديمقراطية, الكونغو الديمقراطية | república democrática do congo, republica democratica do congo, RDC, RD Congo, congo-kinshasa",
        "costa rica | costa rica | costa rica | كوستاريكا | costa rica",
        "côte d'ivoire, cote d'ivoire, ivory coast | côte d'ivoire, cote d'ivoire | costa de marfil | ساحل العاج, كوت ديفوار | costa do marfim",
        "croatia | croatie | croacia | كرواتيا | croácia, croacia",
        "cuba | cuba | cuba | كوبا | cuba",
        "cyprus | chypre | chipre | قبرص | chipre",
        "czechia, czech republic | tchéquie, république tchèque | chequia, república checa | التشيك | chéquia, tchéquia, república checa, república tcheca",
        "denmark | danemark | dinamarca | الدنمارك | dinamarca",
        "djibouti | djibouti | yibuti | جيبوتي | djibuti, jibuti",
        "dominica |  | dominica | دومينيكا | dominica",
        "dominican republic | république dominicaine | república dominicana | جمهورية الدومينيكان, الدومينيكان | república dominicana, republica dominicana",
        "ecuador | équateur, equateur | ecuador | الإكوادور | equador",
        "egypt | égypte, egypte | egipto | مصر | egito, egipto",
        "el salvador, salvador | salvador | el salvador | السلفادور | el salvador",
        "equatorial guinea | guinée équatoriale | guinea ecuatorial | غينيا الاستوائية | guiné equatorial, guine equatorial",
        "eritrea | érythrée, erythree | eritrea | إريتريا, أريتريا | eritreia, eritréia",
        "estonia | estonie | estonia | إستونيا | estónia, estônia, estonia",
        "eswatini, swaziland | eswatini, swaziland | esuatini, suazilandia | إسواتيني, سوازيلاند | essuatíni, essuatini, suazilândia, suazilandia",
        "ethiopia | éthiopie, ethiopie | etiopía, etiopia | إثيوبيا, أثيوبيا | etiópia, etiopia",
        "fiji | fidji | fiyi | فيجي | fiji, fidji",
        "finland | finlande | finlandia | فنلندا | finlândia, finlandia",
        "france | france | francia | فرنسا | frança",
        "gabon | gabon | gabón, gabon | الغابون | gabão, gabao",
        "gambia | gambie | gambia | غامبيا | gâmbia, gambia",
        "georgia | géorgie, georgie | georgia | جورجيا | geórgia, georgia",
        "germany | allemagne | alemania | ألمانيا | alemanha",
        "ghana | ghana | ghana | غانا | gana",
        "greece | grèce, grece | grecia | اليونان | grécia, grecia",
        "grenada |  |  | غرينادا | ",
        "guatemala | guatemala | guatemala | غواتيمالا | guatemala",
        "guinea | guinée, guinee | guinea | غينيا | guiné, guine, guiné-conacri, guiné-conakry",
        "guinea-bissau | guinée-bissau | guinea-bisáu, guinea-bissau | غينيا بيساو | guiné-bissau, guine-bissau",
        "guyana | guyana | guyana | غيانا | guiana",
        "haiti | haïti, haiti | haití, haiti | هايتي | haiti",
        "honduras | honduras | honduras | هندوراس | honduras",
        "hungary | hongrie | hungría, hungria | المجر, هنغاريا | hungria",
        "iceland | islande | islandia | آيسلندا | islândia, islandia",
        "india | inde | india | الهند | índia, india",
        "indonesia | indonésie, indonesie | indonesia | إندونيسيا | indonésia, indonesia",
        "iran | iran | irán, iran | إيران | irão, irã, irao",
        "iraq | irak | irak, iraq | العراق | iraque",
        "ireland | irlande | irlanda | أيرلندا | irlanda",
        "israel | israël, israel | israel | إسرائيل | israel",
        "italy | italie | italia | إيطاليا | itália, italia",
        "jamaica | jamaïque | jamaica | جامايكا | jamaica",
        "japan | japon | japón, japon | اليابان | japão, japao",
        "jordan | jordanie | jordania | الأردن | jordânia, jordania",
        "kazakhstan | kazakhstan | kazajistán, kazajistan | كازاخستان | cazaquistão, cazaquistao",
        "kenya | kenya | kenia | كينيا | quénia, quênia, quenia",
        "kiribati | kiribati | kiribati | كيريباتي | kiribati, quiribati",
        "north korea, korea | corée du nord, corée | corea del norte, corea | كوريا الشمالية, كوريا | coreia do norte, coréia do norte, coreia, coréia",
        "south korea | corée du sud | corea del sur | كوريا الجنوبية | coreia do sul, coréia do sul",
        "kuwait | koweït, koweit | kuwait | الكويت | kuwait, koweit",
        "kyrgyzstan | kirghizistan | kirguistán, kirguistan | قيرغيزستان | quirguistão, quirguistao, quirguizistão",
        "laos | laos | laos | لاوس | laos",
        "latvia | lettonie | letonia | لاتفيا | letónia, letônia, letonia",
        "lebanon | liban | líbano, libano | لبنان | líbano, libano",
        "lesotho | lesotho | lesoto | ليسوتو | lesoto",
        "liberia | liberia, libéria | liberia | ليبيريا | libéria, liberia",
        "libya | libye | libia | ليبيا | líbia, libia",
        "liechtenstein | liechtenstein | liechtenstein | ليختنشتاين | listenstaine, liechtenstein",
        "lithuania | lituanie | lituania | ليتوانيا | lituânia, lituania",
        "luxembourg | luxembourg | luxemburgo | لوكسمبورغ | luxemburgo",
        "madagascar | madagascar | madagascar | مدغشقر | madagáscar, madagascar",
        "malawi | malawi | malaui | مالاوي | malawi, maláui, malaui",
        "malaysia | malaisie | malasia | ماليزيا | malásia, malasia",
        "maldives | maldives | maldivas | جزر المالديف, المالديف | maldivas",
        "mali | mali | malí, mali | مالي | mali",
        "malta | malte | malta | مالطا | malta",
        "marshall islands | îles marshall | islas marshall | جزر مارشال | ilhas marshall",
        "mauritania | mauritanie | mauritania | موريتانيا | mauritânia, mauritania",
        "mauritius |  | mauricio | موريشيوس | maurícia, ilhas maurício",
        "mexico | mexique | méxico, mexico | المكسيك | méxico, mexico",
        "micronesia | micronésie | micronesia | ميكرونيزيا | micronésia, micronesia",
        "moldova | moldavie | moldavia | مولدوفا | moldávia, moldavia, moldova",
        "monaco | monaco | mónaco | موناكو | mónaco, mônaco, monaco",
        "mongolia | mongolie | mongolia | منغوليا | mongólia, mongolia",
        "montenegro | monténégro | montenegro | الجبل الأسود | montenegro",
        "morocco | maroc | marruecos | المغرب | marrocos",
        "mozambique | mozambique | mozambique | موزمبيق | moçambique, mocambique",
        "myanmar, burma | myanmar, birmanie | myanmar, birmania | ميانمار, بورما | myanmar, mianmar, birmânia, birmania",
        "namibia | namibie | namibia | ناميبيا | namíbia, namibia",
        "nauru | nauru | nauru | ناورو | nauru",
        "nepal | népal, nepal | nepal | نيبال | nepal",
        "netherlands, holland | pays-bas | países bajos, holanda | هولندا | países baixos, paises baixos, holanda",
        "new zealand | nouvelle-zélande | nueva zelanda | نيوزيلندا | nova zelândia, nova zelandia",
        "nicaragua | nicaragua | nicaragua | نيكاراغوا | nicarágua, nicaragua",
        "niger | niger | níger, niger | النيجر | níger, niger",
        "nigeria | nigeria, nigéria | nigeria | نيجيريا | nigéria, nigeria",
        "north macedonia, macedonia | macédoine du nord, macédoine | macedonia del norte, macedonia | مقدونيا الشمالية, مقدونيا | macedónia do norte, macedônia do norte, macedónia, macedônia",
        "norway | norvège, norvege | noruega | النرويج | noruega",
        "oman, sultanate of oman | oman | omán, oman | سلطنة عمان | omã, oman",
        "pakistan | pakistan | pakistán, pakistan | باكستان | paquistão, paquistao",
        "palau | palaos | palaos | بالاو | palau",
        "panama | panama | panamá | بنما | panamá, panama",
        "papua new guinea | papouasie-nouvelle-guinée | papúa nueva guinea | بابوا غينيا الجديدة | papua-nova guiné, papua nova guiné",
        "paraguay | paraguay | paraguay | باراغواي | paraguai",
        "peru | pérou, perou | perú, peru | بيرو | peru",
        "philippines | philippines | filipinas | الفلبين | filipinas",
        "poland | pologne | polonia | بولندا | polónia, polônia, polonia",
        "portugal | portugal | portugal | البرتغال | portugal",
        "qatar | qatar | catar, qatar | قطر | catar, qatar",
        "romania | roumanie | rumania, rumanía | رومانيا | roménia, romênia, romenia",
        "russia, russian federation | russie | rusia | روسيا | rússia, russia, federação russa",
        "rwanda | rwanda | ruanda | رواندا | ruanda",
        "saint kitts and nevis | saint-christophe-et-niévès | san cristóbal y nieves | سانت كيتس ونيفيس | são cristóvão e neves, são cristóvão e névis",
        "saint lucia | sainte-lucie | santa lucía | سانت لوسيا | santa lúcia",
        "saint vincent and the grenadines | saint-vincent-et-les-grenadines | san vicente y las granadinas | سانت فينسنت والغرينادين | são vicente e granadinas",
        "samoa | samoa | samoa | ساموا | samoa",
        "san marino | saint-marin | san marino | سان مارينو | são marinho, san marino",
        "sao tome and principe, são tomé and príncipe | sao tomé-et-principe | santo tomé y príncipe | ساو تومي وبرينسيب | são tomé e príncipe, sao tome e principe, são tomé",
        "saudi arabia, saudi | arabie saoudite | arabia saudita, arabia saudí | السعودية, المملكة العربية السعودية | arábia saudita, arabia saudita",
        "senegal | sénégal, senegal | senegal | السنغال | senegal",
        "serbia | serbie | serbia | صربيا | sérvia",
        "seychelles | seychelles | seychelles | سيشل | seicheles, seychelles",
        "sierra leone | sierra leone | sierra leona | سيراليون | serra leoa",
        "singapore | singapour | singapur | سنغافورة | singapura",
        "slovakia | slovaquie | eslovaquia | سلوفاكيا | eslováquia, eslovaquia",
        "slovenia | slovénie | eslovenia | سلوفينيا | eslovénia, eslovênia, eslovenia",
        "solomon islands | îles salomon | islas salomón | جزر سليمان | ilhas salomão",
        "somalia | somalie | somalia | الصومال | somália, somalia",
        "south africa | afrique du sud | sudáfrica, sudafrica | جنوب أفريقيا, جنوب إفريقيا | áfrica do sul, africa do sul",
        "south sudan | soudan du sud | sudán del sur | جنوب السودان | sudão do sul, sudao do sul",
        "spain | espagne | españa, espana | إسبانيا | espanha",
        "sri lanka | sri lanka | sri lanka | سريلانكا | sri lanka",
        "sudan | soudan | sudán, sudan | السودان | sudão, sudao",
        "suriname | suriname | surinam | سورينام | suriname",
        "sweden | suède, suede | suecia | السويد | suécia, suecia",
        "switzerland | suisse | suiza | سويسرا | suíça, suica",
        "syria | syrie | siria | سوريا, سورية | síria, siria",
        "tajikistan | tadjikistan | tayikistán, tayikistan | طاجيكستان | tajiquistão, tajiquistao",
        "tanzania | tanzanie | tanzania | تنزانيا | tanzânia, tanzania",
        "thailand | thaïlande, thailande | tailandia | تايلاند | tailândia, tailandia",
        "timor-leste, east timor | timor oriental, timor-leste | timor oriental | تيمور الشرقية | timor-leste, timor leste",
        "togo | togo | togo | توغو | togo",
        "tonga | tonga | tonga | تونغا | tonga",
        "trinidad and tobago, trinidad | trinité-et-tobago | trinidad y tobago | ترينيداد وتوباغو | trindade e tobago",
        "tunisia | tunisie | túnez, tunez | تونس | tunísia, tunisia",
        "turkey, türkiye, turkiye | turquie | turquía, turquia | تركيا | turquia",
        "turkmenistan | turkménistan | turkmenistán | تركمانستان | turquemenistão, turcomenistão",
        "tuvalu | tuvalu | tuvalu | توفالو | tuvalu",
        "uganda | ouganda | uganda | أوغندا | uganda",
        "ukraine | ukraine | ucrania | أوكرانيا | ucrânia, ucrania",
        "united arab emirates, UAE, emirates | émirats arabes unis, emirats arabes unis, EAU | emiratos árabes unidos, EAU | الإمارات, الامارات العربية المتحدة | emirados árabes unidos, emirados arabes unidos, emirados",
        "united kingdom, UK, britain, great britain, england, scotland, wales | royaume-uni, angleterre, grande-bretagne | reino unido, inglaterra, gran bretaña | المملكة المتحدة, بريطانيا | reino unido, inglaterra, grã-bretanha",
        "united states, united states of america, US, U.S., USA, U.S.A., america | états-unis, etats-unis | estados unidos, EE.UU., EEUU, EUA | الولايات المتحدة, أمريكا, أميركا | estados unidos, estados unidos da américa, EUA",
        "uruguay | uruguay | uruguay | الأوروغواي | uruguai",
        "uzbekistan | ouzbékistan, ouzbekistan | uzbekistán, uzbekistan | أوزبكستان | usbequistão, uzbequistão, uzbequistao",
        "vanuatu | vanuatu | vanuatu | فانواتو | vanuatu",
        "venezuela | venezuela | venezuela | فنزويلا | venezuela",
        "vietnam, viet nam | viêt nam, vietnam | vietnam | فيتنام | vietname, vietnã, vietna",
        "yemen | yémen, yemen | yemen | اليمن | iémen, iêmen, iemen",
        "zambia | zambie | zambia | زامبيا | zâmbia, zambia",
        "zimbabwe | zimbabwe | zimbabue | زيمبابوي | zimbabué, zimbábue, zimbabwe",
        "holy see, vatican | saint-siège, vatican | santa sede, vaticano | الفاتيكان | santa sé, vaticano",
        "palestine, state of palestine | palestine | palestina | فلسطين | palestina",
        "kosovo | kosovo | kosovo | كوسوفو | kosovo",
        "taiwan | taïwan, taiwan | taiwán, taiwan | تايوان | taiwan",
        "western sahara | sahara occidental | sáhara occidental, sahara occidental | الصحراء الغربية | saara ocidental, sahara ocidental",
        "somaliland | somaliland | somalilandia | صوماليلاند, أرض الصومال | somalilândia, somalilandia",
        "hong kong | hong kong | hong kong | هونغ كونغ | hong kong",
        "puerto rico | porto rico | puerto rico | بورتوريكو | porto rico",
        "greenland | groenland | groenlandia | غرينلاند | gronelândia, groenlândia",
        "northern cyprus | chypre du nord | chipre del norte | شمال قبرص | chipre do norte",
        "abkhazia | abkhazie | abjasia | أبخازيا | abecásia, abkhazia",
        "south ossetia | ossétie du sud | osetia del sur | أوسيتيا الجنوبية | ossétia do sul",
        "transnistria | transnistrie | transnistria | ترانسنيستريا | transnístria, transnistria",
        "new caledonia | nouvelle-calédonie | nueva caledonia | كاليدونيا الجديدة | nova caledónia, nova caledônia",
        "french guiana | guyane | guayana francesa | غويانا الفرنسية | guiana francesa",
        "gibraltar | gibraltar | gibraltar | جبل طارق | gibraltar",
        "macau, macao | macao | macao | ماكاو | macau",
        "europe | europe | europa | أوروبا | europa",
    ]

    /// The English forms (lowercase, acronyms left out: capitals are an acronym anyway for
    /// ``PhraseReader/countedName(_:_:)``, and "car" is a word), for the English table's
    /// ``LanguageTable/countedNames``.
    static let englishForms: [String] = rows.flatMap { row -> [String] in
        let english = row.split(separator: "|", omittingEmptySubsequences: false).first ?? ""
        return english.split(separator: ",").map(trimmed)
            .filter { !$0.isEmpty && $0 == $0.lowercased() }
    }

    static func trimmed(_ s: Substring) -> String {
        String(s.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }

    /// One form as the lexer reads it: its words, and whether the text must be in capitals.
    struct Form: Sendable {
        let words: [String]
        let acronym: Bool
    }

    /// Every form of every language by its first word, longest first ("guinea-bissau" before
    /// "guinea", "روسيا البيضاء" before "روسيا").
    static let byFirstWord: [String: [Form]] = {
        var out: [String: [Form]] = [:]
        for row in rows {
            for language in row.split(separator: "|") {
                for raw in language.split(separator: ",") {
                    let text = trimmed(raw)
                    let words = Vocabulary.pieces(of: text).compactMap { piece -> String? in
                        if case let .word(w) = piece { return w } else { return nil }
                    }
                    guard let first = words.first else { continue }
                    out[first, default: []].append(Form(words: words, acronym: text != text.lowercased()))
                }
            }
        }
        for (k, v) in out { out[k] = v.sorted { $0.words.count > $1.words.count } }
        return out
    }()

    /// The words of every form of each row, by row (``countryEnd`` reads the text's words
    /// the same way), for ``sameCountry(_:_:)`` and ``adjective(_:isOf:)``.
    static let formsByRow: [[[String]]] = rows.map { row in
        row.split(separator: "|").flatMap { language in
            language.split(separator: ",").map { raw in
                Vocabulary.pieces(of: trimmed(raw).lowercased()).compactMap { piece -> String? in
                    if case let .word(w) = piece { return w } else { return nil }
                }
            }
        }.filter { !$0.isEmpty }
    }

    /// The row of the country named by `words` (as read), nil when none.
    static func row(of words: [String]) -> Int? {
        formsByRow.firstIndex { $0.contains(words) }
    }

    /// Whether two names are of one country ("Chad", "Tchad").
    static func sameCountry(_ a: [String], _ b: [String]) -> Bool {
        guard let r = row(of: a) else { return false }
        return r == row(of: b)
    }

    /// flee8: whether a country's adjective (or people: "Sudanese", "tchadien", "السودانية")
    /// is of the country named by `words`, by the stem they share with one of its forms
    /// ("chad"/"chadian", "congo"/"congolese", "burma"/"burmese"). When unsure it says yes:
    /// a part of the same country names neither kind.
    static func adjective(_ adjective: String, isOf words: [String]) -> Bool {
        func stem(_ w: String) -> String {
            var w = w.lowercased()
            if w.hasPrefix("ال") { w = String(w.dropFirst(2)) }
            if w.hasSuffix("ية") { w = String(w.dropLast(2)) } else if w.hasSuffix("ي"), w.count > 4 { w = String(w.dropLast()) }
            return String(w.folding(options: .diacriticInsensitive, locale: nil).prefix(4))
        }
        let a = stem(adjective)
        guard a.count >= 3 else { return false }
        let forms = row(of: words).map { formsByRow[$0] } ?? [words]
        return forms.contains { $0.contains { stem($0) == a } }
    }

    /// Adjectives of a country, before "territory"/"soil" ("fled to Turkish territory") or
    /// after "territoire"/"territorio"/"الأراضي" ("territoire turc", "territorio colombiano",
    /// "الأراضي التركية"): the country's land, across a border. Peoples without a state of
    /// their own ("Kurdish territory") are not listed: their land is often inside the country
    /// the displaced left.
    static let territoryAdjectives: Set<String> = [
        "turkish", "lebanese", "jordanian", "iraqi", "syrian", "chadian", "sudanese", "ugandan", "kenyan", "ethiopian",
        "egyptian", "libyan", "tunisian", "algerian", "polish", "romanian", "moldovan", "hungarian", "slovak", "russian",
        "ukrainian", "belarusian", "iranian", "pakistani", "afghan", "bangladeshi", "indian", "chinese", "thai", "burmese",
        "malaysian", "colombian", "venezuelan", "brazilian", "peruvian", "ecuadorian", "mexican", "guatemalan", "american",
        "nigerien", "nigerian", "cameroonian", "malian", "burkinabe", "ivorian", "ghanaian", "togolese", "beninese",
        "congolese", "rwandan", "burundian", "tanzanian", "zambian", "malawian", "mozambican", "somali", "djiboutian",
        "eritrean", "yemeni", "saudi", "israeli", "greek", "bulgarian", "german", "georgian", "armenian", "azerbaijani",
        "tajik", "uzbek", "mauritanian", "senegalese", "guinean", "liberian",
        "turc", "turque", "libanais", "libanaise", "jordanien", "jordanienne", "irakien", "irakienne", "syrien", "syrienne",
        "tchadien", "tchadienne", "soudanais", "soudanaise", "ougandais", "ougandaise", "égyptien", "égyptienne", "libyen",
        "libyenne", "tunisien", "tunisienne", "algérien", "algérienne", "polonais", "polonaise", "roumain", "roumaine",
        "russe", "ukrainien", "ukrainienne", "iranien", "iranienne", "camerounais", "camerounaise", "nigérien", "nigérienne",
        "nigérian", "nigériane", "malien", "malienne", "burkinabè", "ivoirien", "ivoirienne", "ghanéen", "togolais",
        "béninois", "congolais", "congolaise", "rwandais", "burundais", "tanzanien", "kényan", "éthiopien", "érythréen",
        "colombien", "colombienne", "vénézuélien", "vénézuélienne", "brésilien", "mauritanien", "sénégalais", "guinéen",
        "turco", "turca", "colombiano", "colombiana", "venezolano", "venezolana", "ecuatoriano", "ecuatoriana", "peruano",
        "peruana", "brasileño", "brasileña", "mexicano", "mexicana", "chileno", "chilena", "libanés", "libanesa", "jordano",
        "jordana", "sirio", "siria", "iraquí", "chadiano", "chadiana", "sudanés", "sudanesa", "ugandés", "keniano", "etíope",
        "egipcio", "egipcia", "libio", "libia", "polaco", "polaca", "rumano", "rumana", "ruso", "rusa", "ucraniano",
        "ucraniana", "guatemalteco", "guatemalteca", "estadounidense", "panameño", "panameña", "costarricense", "hondureño",
        "التركية", "اللبنانية", "الاردنية", "العراقية", "السورية", "التشادية", "السودانية", "المصرية", "الليبية", "التونسية",
        "الجزائرية", "الايرانية", "الباكستانية", "الافغانية", "الاثيوبية", "الكينية", "الاوغندية", "اليمنية", "السعودية",
        "الصومالية", "الجيبوتية", "الاريترية", "الروسية", "الاوكرانية", "البولندية", "اليونانية", "الكاميرونية", "النيجرية",
        "المالية", "الموريتانية",
    ]
}

extension PhraseReader {
    /// The end (exclusive) of a country's name (``CountryWords``) that starts at `i`, nil when
    /// none does. An Arabic "ل" or "لل" (to) glued to it passes ("لتركيا", "للسودان"); the
    /// words of a form may be split by an apostrophe, a dot or a hyphen ("Côte d'Ivoire",
    /// "U.S.", "Guinea-Bissau").
    /// dest21: `firstWord` reads the first token as that word (an Arabic "و" taken off: "وتشاد").
    func countryEnd(at i: Int, firstWord: String? = nil) -> Int? {
        guard let w = firstWord ?? word(at: i) else { return nil }
        var firsts = [w]
        if w.hasPrefix("لل"), w.count > 3 { firsts.append("ال" + w.dropFirst(2)) } else if w.hasPrefix("ل"), w.count > 3 { firsts.append(String(w.dropFirst())) }
        func capitals(_ k: Int) -> Bool {
            let letters = tokens[k].text.filter(\.isLetter)
            return !letters.isEmpty && letters.allSatisfy(\.isUppercase)
        }
        for first in firsts {
            for form in CountryWords.byFirstWord[first] ?? [] {
                var k = i
                var ok = true
                for (n, fw) in form.words.enumerated() {
                    if n > 0 {
                        while k < tokens.count, !tokens[k].spaceBefore || isDash(at: k),
                              isPunctuation("'", at: k) || isPunctuation(".", at: k) || isPunctuation("-", at: k) || isSymbol("-", at: k) || isDash(at: k) {
                            k += 1
                        }
                        guard word(at: k) == fw else { ok = false; break }
                    }
                    if form.acronym, !capitals(k) { ok = false; break }
                    k += 1
                }
                if ok { return k }
            }
        }
        return nil
    }

    /// Words after a country's name that make it a place in (or at the edge of) a country,
    /// not the country (review49 F10: "fled to Mexico City", "to Niger state", "to the Jordan
    /// Valley", "to Chad's border" had been refused under idps as refugees).
    static let placeAfterCountry: Set<String> = [
        "city", "state", "valley", "river", "border", "borders", "frontier", "side", "province", "region", "capital",
        "county", "district", "governorate", "delta", "basin", "lake", "coast", "highlands", "mountains", "desert", "plain",
        "ville", "vallée", "fleuve", "frontière", "capitale", "ciudad", "valle", "río", "frontera", "capital",
        "sud", "nord", "ouest", "norte", "oeste",
    ]

    /// Whether the country whose name ends at `e` is named as a place in it ("Sudan's
    /// capital", "Lebanon's south", "Mexico City", "Niger state", "the Jordan Valley").
    func placeInCountry(after e: Int) -> Bool {
        if isPunctuation("'", at: e), word(at: e + 1) == "s" { return true }
        if isDash(at: e) || isPunctuation("-", at: e) || isSymbol("-", at: e) { return word(at: e + 1).map(PhraseReader.placeAfterCountry.contains) == true }
        return word(at: e).map(PhraseReader.placeAfterCountry.contains) == true
    }
}

// MARK: Refugees and IDPs by the verb's destination (review47 S10, review49 F9 F10 F14)
extension PhraseReader {
    /// Verbs of fleeing or being displaced whose destination says whether a border was
    /// crossed.
    static let fleeingVerbs: Set<String> = [
        "fled", "flee", "flees", "fleeing", "displaced", "crossed", "cross", "crossing", "escaped", "moved", "relocated",
        "fui", "fuient", "fuyant", "fuit", "enfuis", "enfuies", "déplacés", "déplacées", "partis", "passés",
        "huyeron", "huyen", "huido", "huyendo", "escaparon", "cruzaron", "desplazados", "desplazadas",
        "فروا", "فر", "هربوا", "نزحوا", "نزح", "عبروا", "لجاوا", "لجأوا", "نازح", "نازحا", "نازحين", "هرب", "لجا",
        // review53 F2/F7: Portuguese ("5.000 pessoas fugiram para o Chade").
        "fugiram", "fugiu", "fogem", "fugindo", "fugido", "escaparam", "atravessaram", "cruzaram", "deslocados", "deslocadas",
        "atravessou", "cruzou", "escapou",
        // dest15 (review54 F11, silent): "5000 pessoas seguiram para o Chade" (went on to) had
        // read as idps; "partiram para", "dirigiram-se para" likewise.
        "seguiram", "seguiu", "partiram", "partiu", "dirigiram", "dirigiu",
        // dest24 (issue 12, silent): an escape has its destination as a flight does ("5,000 people
        // escape into Chad", "5000 personnes se sont échappées au Tchad" read 5,000 under idps).
        "escape", "escapes", "escaping", "échappés", "échappées", "échappé", "échappée", "escapan", "escapando", "escapam", "escaparam",
    ]
    /// Verbs of finding refuge or arriving, whose place ("in Chad", "au Tchad", "en
    /// Colombia") is where the people went (review49: "5,000 sought refuge in Chad", "5,000
    /// arrived in Chad", "5000 personnes ont trouvé refuge au Tchad", "5000 personas se
    /// refugiaron en Colombia").
    static let refugeVerbs: Set<String> = [
        "sought", "seeking", "seek", "took", "taking", "found", "arrived", "arriving", "sheltered", "sheltering",
        "trouvé", "cherché", "pris", "arrivés", "arrivées", "réfugiés", "réfugiées", "refugiaron", "refugiado", "refugiados",
        "llegaron", "buscaron", "encontraron", "وصلوا", "وصل",
        // flee8 (review50, decided): where the displaced are registered, hosted or live ("5,000
        // displaced people were registered in Chad" counts refugees, as "sheltering in Chad").
        "registered", "hosted", "housed", "living", "staying", "stranded", "enregistrés", "accueillis", "registrados", "acogidos",
        // portuguese14 (issue 12): "5000 pessoas refugiaram-se no Chade", "se refugiaram no Chade",
        // "buscaram refúgio no Chade", "chegaram ao Chade", "estão registados no Chade".
        "refugiaram", "refugiou", "chegaram", "chegou", "buscaram", "procuraram", "encontraram", "abrigaram", "registados", "acolhidos",
        "abrigados", "alojados",
    ]
    /// The nouns of refuge after a verb of ``refugeVerbs`` ("sought refuge", "took shelter").
    static let refugeNouns: Set<String> = ["refuge", "shelter", "sanctuary", "asylum", "abri", "asile", "refugio", "amparo",
                                           "refúgio", "abrigo", "asilo"]
    /// Verbs of leaving whose object, a country or "the country", is left behind ("fled
    /// Syria", "left the country", "ont quitté le pays", "huyeron del país", "غادروا البلاد";
    /// review49 F14: each read as idps).
    static let leavingCountryVerbs: Set<String> = [
        "fled", "flee", "flees", "fleeing", "escaped", "left", "leave", "leaves", "leaving", "quit", "exited",
        "fui", "fuient", "fuyant", "fuit", "quitté", "quittent", "quittant", "huyeron", "huyen", "huido", "huyendo",
        "escaparon", "abandonaron", "salieron", "فروا", "فر", "هربوا", "هرب", "غادروا", "غادر", "نزحوا", "نزح",
        "fugiram", "fugiu", "fogem", "fugindo", "fugido", "escaparam", "deixaram", "saíram",
        // dest24: "escape Sudan", "escaping Sudan".
        "escape", "escapes", "escaping",
    ]
    /// Words that may follow the country a verb of leaving has for object ("fled Syria for
    /// Turkey", "fled Syria in 2015", "left Sudan after the war"): a preposition, a
    /// conjunction, an adverb of time.
    static let afterCountryLeft: Set<String> = [
        "for", "to", "into", "towards", "toward", "and", "after", "as", "since", "in", "on", "at", "during", "amid", "over", "with",
        "because", "following", "when", "while", "via", "through", "by", "before", "last", "this", "earlier", "altogether", "entirely",
        "pour", "vers", "en", "et", "après", "depuis", "lors", "pendant", "avec", "hacia", "a", "y", "tras", "desde", "por", "durante",
        "con", "hasta", "الى", "إلى", "و", "بعد", "منذ", "نحو", "خلال", "مع", "هربا", "خوفا", "الي",
        // flee8 (review50): the verb of the figure's clause after a relative one ("5,000 people
        // who fled Sudan are sheltering in camps" had read under idps).
        "are", "were", "is", "was", "have", "has", "had", "now", "remain", "remained", "live", "lived", "sont", "ont", "son", "están",
        "han", "viven",
        // portuguese14: "fugiram da Síria para o Líbano", "deixaram o Sudão em 2023".
        "para", "rumo", "e", "após", "depois", "desde", "durante", "com", "em", "através", "são", "estão", "foram", "vivem",
    ]
    /// Prepositions of a destination ("to Turkey", "vers le Tchad", "a Colombia", "إلى تركيا").
    static let destinationLeads: Set<String> = ["to", "into", "towards", "toward", "onto", "vers", "en", "au", "aux", "a", "al", "hacia", "hasta",
                                                "para", "rumo", "ao", "aos", "às", "إلى", "الى", "الي", "نحو"]
    /// Prepositions of where people went after a verb of ``refugeVerbs`` ("in Chad").
    static let refugeLeads: Set<String> = ["in", "inside", "en", "au", "aux", "à", "a", "في", "الى", "إلى", "الي"]
    /// portuguese14: Portuguese "em" and its contractions, a place of refuge only after a
    /// word of ``portugueseRefugeWords`` (``destination(from:start:refuge:)``).
    static let portugueseRefugeLeads: Set<String> = ["em", "no", "na", "nos", "nas"]
    static let portugueseRefugeWords: Set<String> = ["refugiaram", "refugiou", "se", "refúgio", "abrigo", "asilo", "chegaram", "chegou",
                                                     "registados", "registrados", "acolhidos", "abrigados", "alojados", "abrigaram"]
    /// Prepositions of where people came from ("fled from Aleppo to Turkey", "huyeron de
    /// Venezuela", "فروا من سوريا").
    static let originLeads: Set<String> = ["from", "de", "del", "desde", "du", "des", "من", "dos", "das"]
    /// Articles and "neighbouring" between a destination's preposition and its country.
    static let destinationFillers: Set<String> = ["the", "le", "la", "les", "l", "el", "los", "las", "neighbouring", "neighboring",
                                                  "nearby", "other", "a", "an", "another", "un", "une", "autre", "autres", "otro", "otra",
                                                  "otros", "otras", "d", "their", "its", "leur", "leurs", "su", "sus",
                                                  "o", "os", "outro", "outra", "outros", "outras", "seu", "seus", "sua", "suas", "um", "uma"]
    /// Words that make a destination another country ("a neighbouring country", "another
    /// country", "un pays voisin", "otro país", "بلد آخر").
    static let otherCountryWords: Set<String> = ["neighbouring", "neighboring", "nearby", "other", "another", "foreign", "autre",
                                                 "autres", "voisin", "voisins", "étranger", "étrangers", "otro", "otros", "vecino", "vecinos",
                                                 "extranjero", "اخر", "آخر", "اخرى", "مجاور", "مجاورة", "المجاورة", "الجوار",
                                                 "outro", "outra", "outros", "vizinho", "vizinhos", "estrangeiro", "estrangeiros"]
    /// Words that are a destination abroad by themselves ("fled abroad", "à l'étranger",
    /// "al extranjero", "الخارج", "neighbouring countries", "دول الجوار").
    static let abroadWords: Set<String> = ["abroad", "overseas", "étranger", "extranjero", "exterior", "الخارج", "خارج", "الجوار",
                                           "المجاورة", "voisins", "vecinos", "limítrofes",
                                           "estrangeiro"]
    static let borderWords: Set<String> = ["border", "borders", "frontier", "frontière", "frontera", "الحدود", "fronteira", "fronteiras"]
    /// Words of a place inside the same country ("within Syria", "inside the country", "à
    /// l'intérieur du pays", "dentro del país", "داخل البلاد").
    static let withinWords: Set<String> = ["within", "inside", "intérieur", "dentro", "داخل"]
    static let countryNouns: Set<String> = ["countries", "country", "nations", "pays", "países", "دول", "البلدان"]
    /// A country as a noun, singular: "the country", "their country", "du pays", "del país",
    /// "البلاد" (the country), "بلد" (a country).
    static let countryNounsSingular: Set<String> = ["country", "homeland", "nation", "pays", "país", "البلاد", "بلادهم", "الوطن", "وطنهم", "بلد", "البلد"]
    /// Places inside a country said without its name (review49 F9: "to other provinces", "to
    /// the countryside", "vers d'autres régions", "a otras zonas", "إلى مناطق أخرى" had read
    /// as refugees): provinces, regions, districts, villages, towns, the countryside.
    static let placesInside: Set<String> = [
        "provinces", "regions", "districts", "governorates", "counties", "villages", "towns", "cities", "countryside",
        "interior", "hinterland", "parts", "areas", "zones", "localities", "communes", "municipalities",
        "régions", "villes", "campagne", "localités", "départements", "provincias", "regiones", "pueblos", "ciudades",
        "zonas", "veredas", "municipios", "departamentos", "localidades", "províncias", "regiões", "distritos", "aldeias", "vilas",
        "cidades", "áreas", "municípios", "مناطق", "المناطق", "محافظات", "المحافظات",
        "قرى", "القرى", "مدن", "المدن", "الريف", "ارياف", "الارياف", "بلدات",
    ]
    /// Of ``placesInside``, those that are inside only with "other" or "nearby" ("other
    /// areas", "nearby villages" are the country's; "areas under government control" may
    /// be anyone's).
    static let placesInsideWithOther: Set<String> = ["parts", "areas", "zones", "cities", "towns", "villages", "مناطق", "المناطق", "مدن", "المدن",
                                                       "áreas", "zonas", "cidades", "aldeias", "vilas", "regiões"]
    /// Camps (review49 F9: "to camps inside Syria", "to displacement camps", "vers les camps
    /// de déplacés" had read as refugees).
    static let campWords: Set<String> = ["camps", "camp", "campements", "campos", "campo", "campamentos", "albergues", "acampamentos", "acampamento", "مخيمات", "المخيمات", "مخيم", "المخيم"]
    /// Words of the internally displaced beside camps ("displacement camps", "IDP camps",
    /// "camps de déplacés", "مخيمات النزوح").
    static let displacementCampWords: Set<String> = ["displacement", "idp", "idps", "displaced", "déplacés", "déplacement", "desplazados",
                                                     "desplazamiento", "النزوح", "للنازحين", "النازحين", "نزوح", "deslocados", "deslocadas", "deslocamento"]
    /// Words of refugees beside camps ("refugee camps", "camps de réfugiés"): the nouns'
    /// check says them.
    static let refugeeCampWords: Set<String> = ["refugee", "refugees", "réfugiés", "refugiados", "اللاجئين", "لاجئين", "للاجئين"]
    /// Directions before a country that make it a part of it ("northern Syria", "le nord de
    /// la Syrie" is said by "nord" first).
    static let directionAdjectives: Set<String> = ["northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
                                                   "southeastern", "southwestern", "north", "south", "east", "west"]
    /// Adjectives after "territoire"/"territorio"/"الأراضي" that keep the land inside ("le
    /// territoire national").
    static let ownTerritory: Set<String> = ["national", "nationale", "nacional", "الوطنية", "occupé", "occupés", "ocupado", "ocupados",
                                            "المحتلة", "المحررة", "contrôlé", "controlado", "libéré", "liberado"]

    /// The kind of the displaced (``displacementKindWords``: "refugees" or "idps") a verb of
    /// fleeing after a figure (or right before it: "نزح 5000 شخص إلى حلب") says by its
    /// destination, with the words to quote and the destination's words: across a border
    /// ("fled to Turkey", "fled across the border", "fled the country", "fled Syria", "fled
    /// to a neighbouring country", "fled to Turkish territory", "sought refuge in Chad",
    /// "ont fui vers le Tchad", "huyeron a Colombia", "فروا إلى تركيا") or inside the country
    /// ("displaced within Syria", "fled to other parts of the country", "to other provinces",
    /// "to the countryside", "to displacement camps", "to camps in northern Syria"); nil when
    /// none is said, or a place in a country named after it ("Mexico City", "Sudan's
    /// capital", "Niger state", "Turkey's border": docs/estimates.md).
    func displacementDestination(_ finding: Finding) -> (kind: String, range: Range<Int>, words: Range<Int>)? {
        // phrases9: a destination across a border says refugees first; then a part of the
        // people across one ("5,000 people fled, including 2,000 to Chad": kind "part"); then
        // a verb's destination inside; then a nationality and the country it is in.
        // dest17 (review55 F16, F18, silent): inside and outside the country in one clause
        // ("displaced inside and outside Sudan", "to Tawila or abroad", "either within Sudan or to
        // Chad"), before any one destination is read.
        if let both = insideAndOutside(finding) { return both }
        // dest21 (issue 12, silent): "فر 5000 شخص إلى تشاد وطويلة" (to Chad and Tawila).
        if let list = arabicPlaceList(finding) { return list }
        let verb = verbDestination(finding)
        if verb?.kind == "refugees" { return verb }
        // dest17 (review55 F16, silent): "5000 people displaced, including refugees in Chad".
        if let part = includingKind(finding) { return part }
        // phrases11 (review52 F10, needless refusal): people a refugee word names crossed a
        // border already; a part of them in or to a country says where some of them are
        // ("5,000 refugees, including 2,000 in Chad", "5000 réfugiés, dont 2000 au Tchad",
        // "5000 لاجئ بينهم 2000 في تشاد" had been refused as only part across a border).
        let refugeesNamed = displacementKindsNamed(finding).contains { $0.1 == "refugees" }
        if let v = verb, v.kind == "part" {
            // "5,000 refugees fled, most of them to Chad": all crossed a border.
            if refugeesNamed { return ("refugees", v.range, v.words) }
            return v
        }
        // dest15 (review54 F12): a part to a place inside ("5,000 people fled, mainly within
        // Darfur"); people a noun names as refugees or idps are all of that kind ("5,000 IDPs
        // fled, mainly to Tawila").
        if let v = verb, v.kind == "partInside" {
            if refugeesNamed { return ("refugees", v.range, v.words) }
            if displacementKindsNamed(finding).contains(where: { $0.1 == "idps" }) { return ("idps", v.range, v.words) }
            return v
        }
        if !refugeesNamed, let part = partAcrossBorder(finding) { return part }
        // dest20 (review56 F7, silent): "ont pris le chemin de l'exil", "partieron al exilio".
        return verb ?? exileDestination(finding) ?? nationalityPlace(finding)
    }

    /// The kind the destination of a verb of fleeing in the figure's clause says
    /// (``displacementDestination(_:)``).
    private func verbDestination(_ finding: Finding) -> (kind: String, range: Range<Int>, words: Range<Int>)? {
        func isVerb(_ w: String) -> Bool {
            PhraseReader.fleeingVerbs.contains(w) || PhraseReader.refugeVerbs.contains(w) || PhraseReader.leavingCountryVerbs.contains(w)
                || PhraseReader.movingVerbs.contains(w)
        }
        // Each verb of the figure's clause in turn: "5,000 people displaced by fighting fled
        // to Uganda" says its destination after the second (it had read as idps); a word
        // that opens another clause ends the search ("5,000 fled as troops moved to Chad").
        // flee8 (review50 F3, silent): the destination may follow the verb's object, an
        // adverbial or an aside ("fled Darfur to Chad", "fled the fighting into Chad", "fled on
        // foot to Chad", "fled, most of them to Chad", "ont fui le Darfour vers le Tchad"): every
        // preposition of a destination in the verb's clause is tried, to a word that opens
        // another clause, a number or a mark that ends a sentence; commas, brackets and dashes
        // of an aside pass ("5,000 people, who fled to Chad, were registered").
        var v = finding.end
        var tried = false
        var limit = finding.end + 8
        // phrases12 (review52 F4, silent): a part of the people said by a quantity before the
        // destination ("fled, most of them to Chad", "many to Chad", "dont la moitié vers le
        // Tchad", "la mayoría a Chad") is only part across a border: kind "part".
        var partAt: Int?
        // dest23: the last verb of fleeing tried (``placeMark(from:to:)`` reads the words after it).
        var verbAt = finding.end
        func parted(_ d: (kind: String, range: Range<Int>, words: Range<Int>)) -> (kind: String, range: Range<Int>, words: Range<Int>) {
            guard let p = partAt, d.kind == "refugees" else { return d }
            return ("part", d.range, p..<d.words.upperBound)
        }
        // dest24 (issue 12, silent): a crowd's manner read as the figure follows its verb ("Civilians
        // fled in their thousands into Chad" read 2,000-9,999 under idps): the verb's clause goes on.
        if crowdManner(finding) {
            var p = finding.start - 1
            while p > finding.start - 4, p > 0, word(at: p).map({ !isVerb($0) }) == true { p -= 1 }
            if let w = word(at: p), isVerb(w) {
                tried = true
                verbAt = p
            }
        }
        while v < tokens.count, v < limit {
            if isPunctuation(",", at: v) || isSymbol("(", at: v) || isSymbol(")", at: v) || isDash(at: v) { v += 1; continue }
            // dest15 (review54 F2, silent): "fled; most went to Chad", "fled: most to Chad".
            if tried, partAt == nil, isPunctuation(";", at: v) || isPunctuation(":", at: v),
               partWordEnd(at: v + 1) != nil || word(at: v + 1).map(PhraseReader.partArticles.contains) == true && partWordEnd(at: v + 2) != nil {
                v += 1
                continue
            }
            // dest16 (review55 F3, silent): the part said in the next sentence ("5000 people fled.
            // Most went to Chad." read 5,000 under both measures): the part's destination only,
            // else the sentence ends the clause as before.
            if tried, partAt == nil, isPunctuation(".", at: v) {
                var q = v + 1
                if word(at: q).map(PhraseReader.partArticles.contains) == true, partWordEnd(at: q + 1) != nil { q += 1 }
                if let pe = partWordEnd(at: q),
                   let d = partDestination(at: partOfThemEnd(from: pe, limit: pe + 6), part: q, start: finding.start) {
                    if d.kind == "partInside", let s = splitAfter(d, start: finding.start, across: true) { return s }
                    return d
                }
                break
            }
            // dest17 (review55 F12, silent): "fled, of whom a few went to Chad", "of whom six in ten
            // to Chad", "among them some who reached Chad": a part, whatever its quantity.
            if tried, partAt == nil, word(at: v) == "of" && word(at: v + 1) == "whom" || word(at: v) == "among" && word(at: v + 1) == "whom" {
                var q = v + 2
                while q < v + 7, let w = word(at: q), !PhraseReader.destinationLeads.contains(w), !PhraseReader.partGoingVerbs.contains(w),
                      !PhraseReader.fleeingVerbs.contains(w), !PhraseReader.refugeVerbs.contains(w) { q += 1 }
                // "of whom all are now in Chad" is all of them.
                let all = word(at: v + 2).map(PhraseReader.allWords.contains) == true && word(at: v + 3) != "but"
                if !all, q < v + 7, let d = partDestination(at: q, part: v, start: finding.start) {
                    if d.kind == "partInside", let s = splitAfter(d, start: finding.start, across: true) { return s }
                    return d
                }
            }
            if tried, partAt == nil, let pe = partWordEnd(at: v) {
                partAt = v
                v = partOfThemEnd(from: pe, limit: limit)
                // "la mayoría a Chad", "la plupart au Tchad": a preposition the verb's own
                // destination takes; dest15: "most heading to Chad", "mainly within Darfur".
                if let d = partDestination(at: v, part: partAt!, start: finding.start) {
                    if d.kind == "partInside", let s = splitAfter(d, start: finding.start, across: true) { return s }
                    return d
                }
                // "fled, many of them children, to Chad": the part is of whom, not of where.
                partAt = nil
                continue
            }
            // A year after "in" ("fled Aleppo in 2016 to Turkey"); another number ends the clause.
            if case .number = tokens[v].kind, tried, word(at: v - 1).map({ ["in", "en", "since", "depuis", "desde"].contains($0) }) == true {
                v += 1
                continue
            }
            guard let w = word(at: v) else { break }
            // dest18 (review56 F4, silent): "who fled Darfur and Kordofan are now in Chad".
            if tried, partAt == nil, let d = beingInCountry(at: v, start: finding.start) { return d }
            if isVerb(w) {
                tried = true
                verbAt = v
                limit = max(limit, v + 10)
                if let d = destination(afterVerb: v, from: v + 1, start: finding.start) {
                    if partAt == nil, d.kind == "refugees", let s = splitAfter(d, start: finding.start) { return s }
                    return parted(d)
                }
            } else if tried, w == "because" && word(at: v + 1) == "of" || w == "as" && word(at: v + 2) == "as" && word(at: v + 1) != nil {
                // dest23 (issue 12, silent): "because of the fighting" is a cause, "as fast as they
                // could" a manner, neither another clause ("fled because of the fighting and into
                // Chad" read 5,000 under idps).
                v += w == "as" ? 3 : 2
                continue
            } else if tried, PhraseReader.fleeingClauseOpeners.contains(w) || vocab.andWords.contains(w) || w == "with" || w == "whereas" || w == "whilst" {
                // dest15 (review54 F12, silent): "fled to Tawila while some crossed into Chad",
                // "and some crossed into Chad", "with most crossing into Chad" read 5,000 under both.
                if partAt == nil, let s = splitPart(at: v + 1, start: finding.start), s.kind == "part" { return s }
                if w == "with" || w == "whereas" || w == "whilst" { v += 1; continue }
                // dest18 (review56 F4, silent): the same people's next verb ("fled their homes and
                // crossed the border into Chad", "fled fighting and crossed into Chad", "et
                // traversé la frontière") or a list of places left ("fled Darfur and Kordofan for
                // Chad") read 5,000 under idps: the clause goes on.
                // dest22 (issue 12, silent): a cause or manner, then "and" + a destination ("fled out
                // of fear and into Chad", "huyeron por miedo y hacia Chad", "y a Chad", "ont fui par
                // peur et vers le Tchad", "fugiram por medo e para o Chade" read 5,000 under idps):
                // the cause is no place, so this is "fled toward Chad".
                // dest23 (issue 12, silent): not only a cause: whatever stands there that is no
                // place ("fled for their lives and into Chad", "on foot", "at night", "huyeron a pie
                // y hacia Chad", "ont fui à pied et vers le Tchad" read 5,000 under idps). A place
                // said there ("fled in Darfur and into Chad", "to tawila and into Chad") is where
                // some may have stayed: only part crossed (it had read 5,000 under both).
                // "and across the border into Chad": a crossing is a destination here.
                // dest26 (review60 F6, silent): past "then" ("fled in tawila and then into chad" read 5,000
                // under idps and refugees); a country after "and" with no preposition, after a destination
                // the verb's clause gave ("fled to tawila and chad", "huyeron a tawila y chad").
                if partAt == nil, vocab.andWords.contains(w), case let n = pastSequence(v + 1), let x = word(at: n), x != "en",
                   let d = PhraseReader.destinationLeads.contains(x) || PhraseReader.laterDestinationLeads.contains(x) || directionLeadEnd(at: n) != nil
                    || ["across", "over"].contains(x) && word(at: n + 1).map({ ["the", "a"].contains($0) }) == true && word(at: n + 2).map(PhraseReader.borderWords.contains) == true
                    ? destination(from: n, start: finding.start, refuge: false)
                        ?? (["across", "over"].contains(x) ? destination(afterVerb: verbAt, from: n, start: finding.start) : nil)
                    : countryAfterAnd(n, verb: verbAt, and: v, start: finding.start) {
                    if let m = placeMark(from: verbAt + 1, to: v) {
                        if d.kind == "refugees" { return ("part", finding.start..<d.range.upperBound, m..<d.words.upperBound) }
                    } else if d.kind == "refugees", partAt == nil, let u = unplacedMark(from: verbAt + 1, to: v) {
                        // dest24 (issue 12, silent): "5,000 people fled in tawila and into chad" read
                        // 5,000 refugees: in lower case a place and a manner look alike.
                        // dest26 (review60 F3, message): in title case ("5,000 People Fled In Tawila And Into
                        // Chad") a capital tells nothing, and asking for one cannot be followed: only part.
                        return (sentenceCase ? "unplaced" : "part", finding.start..<d.range.upperBound, u)
                    } else {
                        if d.kind == "refugees", let s = splitAfter(d, start: finding.start) { return s }
                        return d
                    }
                }
                if partAt == nil, vocab.andWords.contains(w), let next = sameClauseGoesOn(after: v, isVerb: isVerb) {
                    v = next
                    continue
                }
                break
            } else if tried, PhraseReader.laterDestinationLeads.contains(w) || directionLeadEnd(at: v) != nil,
                      !(word(at: v - 1).map(PhraseReader.notDestinationBefore.contains) ?? false),
                      let d = destination(from: v, start: finding.start, refuge: false) {
                if partAt == nil, d.kind == "refugees", let s = splitAfter(d, start: finding.start) { return s }
                return parted(d)
            }
            v += 1
        }
        if tried { return nil }
        // Arabic verb first: "نزح 5000 شخص إلى حلب", "فر 5000 شخص إلى لبنان".
        // dest17 (review55 F14, silent): "وصل 5000 شخص إلى تشاد" (arrived in Chad) read under idps.
        guard finding.start > 0, let w = word(at: finding.start - 1),
              PhraseReader.fleeingVerbs.contains(w) || PhraseReader.arabicArrivalVerbs.contains(w) else { return nil }
        var j = finding.end
        while j < finding.end + 2, let w = word(at: j), !PhraseReader.destinationLeads.contains(w), !PhraseReader.withinWords.contains(w),
              !PhraseReader.abroadWords.contains(w), !PhraseReader.originLeads.contains(w),
              // phrases9: "لجأ 5000 ليبي إلى تونس": a people's word that opens with "ل" is no "to".
              !(w.hasPrefix("ل") && countryEnd(at: j) != nil) {
            if partAt == nil, PhraseReader.partQuantityWords.contains(w) { partAt = j }
            j += 1
        }
        // dest22 (issue 12, silent): "فر 5000 شخص خوفا وإلى تشاد" (out of fear and to Chad) read under idps.
        // dest23: any manner, time or cause that says no place ("ليلا", at night; "سيرا على الأقدام", on foot).
        if let d = arabicMannerDestination(finding, start: finding.start - 1) { return parted(d) }
        // dest22 (issue 12, silent): a route across places, then the destination ("فر 5000 شخص عبر
        // دارفور إلى تشاد", across Darfur to Chad, read 5,000 under idps), as "fled across Darfur to Chad".
        for k in finding.end..<min(tokens.count, finding.end + 3) where word(at: k) == "عبر" {
            if let r = arabicRouteEnd(at: k + 1), word(at: r).map(PhraseReader.destinationLeads.contains) == true { j = r }
            break
        }
        guard let d = destination(afterVerb: finding.start - 1, from: j, start: finding.start - 1) else {
            // dest15 (review54 F12, silent): "فر 5000 شخص إلى طويلة بينما عبر بعضهم إلى تشاد" (to
            // Tawila while some of them crossed to Chad) had read 5,000 under both.
            var k = j
            while k < j + 8, k < tokens.count {
                if let w = word(at: k), PhraseReader.fleeingClauseOpeners.contains(w) || vocab.andWords.contains(w) {
                    if let s = splitPart(at: k + 1, start: finding.start - 1), s.kind == "part" { return s }
                    break
                }
                if word(at: k) == nil, !isPunctuation(",", at: k) { break }
                k += 1
            }
            return nil
        }
        return parted(d)
    }

    /// dest18 (review56 F4): where the clause of a verb of fleeing goes on after the "and" at
    /// `v`: at the same people's next verb ("and crossed into Chad", "and then crossed", "y
    /// cruzaron la frontera") or, after a place, at the next places of a list of places left
    /// ("fled Darfur and Kordofan for Chad", "who fled Darfur and Kordofan are now in Chad")
    /// when a destination, a verb or being somewhere follows the list; nil otherwise ("fled
    /// Darfur and Chad closed its border").
    func sameClauseGoesOn(after v: Int, isVerb: (String) -> Bool) -> Int? {
        var q = v + 1
        while q < v + 3, let x = word(at: q), ["then", "later", "eventually", "subsequently", "finally", "also", "have", "had", "ont", "han", "têm",
                                                  "luego", "después", "puis", "ensuite", "depois"].contains(x) { q += 1 }
        if let x = word(at: q), isVerb(x) { return q }
        if beingInCountry(at: q, start: v) != nil { return q }
        // A list of places left: a name before the "and" and after it.
        guard v > 0, capitalisedPlace(v - 1) || countryEnd(at: v - 1) != nil, capitalisedPlace(v + 1) || countryEnd(at: v + 1) != nil else { return nil }
        var e = v + 1
        // dest22 (issue 12, silent): in capitals "TO" is no name ("5,000 FLEE DARFUR AND KORDOFAN TO
        // CHAD" read 5,000 under idps, as the sentence-case form does not).
        while e < v + 8, e < tokens.count, capitalisedPlace(e) && !(word(at: e).map({ PhraseReader.laterDestinationLeads.contains($0) || PhraseReader.routeListStops.contains($0) }) ?? false)
                || countryEnd(at: e) != nil || isPunctuation(",", at: e)
                || word(at: e).map({ vocab.andWords.contains($0) && capitalisedPlace(e + 1) }) == true { e += 1 }
        guard let x = word(at: e) else { return nil }
        if PhraseReader.laterDestinationLeads.contains(x) || isVerb(x) || beingInCountry(at: e, start: v) != nil { return v + 1 }
        return nil
    }

    /// dest18 (review56 F4, silent): the people said to be in a country now ("are now in Chad",
    /// "were in Chad", "sont maintenant au Tchad") at `v`: across a border as "fled to Chad"; nil
    /// when none is said, or the country is a place's ("are now in Chad's east" names no more) or
    /// their own ("Sudanese ... are now in Sudan"). Not "still in", "back in": stayed or returned.
    func beingInCountry(at v: Int, start: Int) -> (kind: String, range: Range<Int>, words: Range<Int>)? {
        guard let first = word(at: v), ["are", "were", "is", "now", "currently", "sont", "están", "estão"].contains(first) else { return nil }
        var q = v
        while q < v + 4, let x = word(at: q), ["are", "were", "is", "now", "currently", "already", "all", "today", "sont", "maintenant", "désormais",
                                               "tous", "toutes", "están", "ahora", "todos", "todas", "estão", "agora"].contains(x) { q += 1 }
        guard q > v, let lead = word(at: q), ["in", "inside", "au", "en", "no", "na"].contains(lead), let end = countryEnd(at: q + 1),
              !placeInCountry(after: end), !namesSameCountry((q + 1)..<end, before: v, start: start) else { return nil }
        return ("refugees", start..<end, q..<end)
    }

    /// Prepositions of a destination said after the verb's object or an adverbial ("fled
    /// Darfur to Chad", "fled the fighting into Chad", "ont fui le Darfour vers le Tchad", "fled
    /// Khartoum for Egypt"). Not the French and Spanish "en", "au", "à", which after an object
    /// say where the thing fled was ("ont fui les combats au Soudan", "huyeron de la violencia en
    /// Colombia"), nor the Spanish "a" (an English article: "fled a Sudan army attack"):
    /// right after the verb only.
    static let laterDestinationLeads: Set<String> = ["to", "into", "towards", "toward", "for", "vers", "pour", "hacia", "al", "hasta",
                                                     "إلى", "الى", "الي", "نحو",
                                                     // portuguese14: "fugiram do Darfur para o Chade", "fugiram da guerra rumo ao Chade".
                                                     "para", "rumo"]
    /// Words before "to" that make it no destination ("close to Chad", "according to Chad",
    /// "due to", "linked to", "next to the border", "deeper into Syrian territory": further inside).
    static let notDestinationBefore: Set<String> = ["close", "closer", "next", "near", "nearer", "according", "due", "owing", "thanks", "prior",
                                                    "adjacent", "similar", "linked", "related", "allied", "loyal", "belonging", "spreading",
                                                    "spread", "deeper", "further", "farther", "attributed", "subjected", "exposed", "opposed", "compared", "contrary", "akin",
                                                    "grâce", "quant", "face", "debido", "gracias", "junto", "frente", "respecto", "cerca",
                                                    "بالنسبة", "بالاضافة", "اضافة", "نظرا", "استنادا"]

    /// phrases12 (review52 F4): words of a part of the people before a destination ("most of
    /// them to Chad", "la moitié vers le Tchad", "la mayoría a Chad", "معظمهم إلى تشاد").
    static let partQuantityWords: Set<String> = [
        "most", "many", "some", "half", "several", "part", "majority", "mostly", "others", "thousands", "hundreds",
        // review53 F2 (silent): "fled, mainly to Chad", "a third of them to Chad", "muchas de ellas a
        // Chad", "metade para o Chade".
        "mainly", "largely", "chiefly", "primarily", "predominantly", "principally", "bulk", "third", "thirds", "quarter", "quarters",
        "fifth", "fifths", "tenth", "percent", "pct", "dozens", "scores",
        "plupart", "moitié", "partie", "majorité", "certains", "certaines", "beaucoup", "nombreux", "nombreuses", "milliers", "centaines",
        "principalement", "majoritairement", "essentiellement", "surtout", "tiers", "quart", "dizaines",
        "mayoría", "mitad", "parte", "muchos", "muchas", "algunos", "algunas", "varios", "varias", "miles", "cientos", "principalmente",
        "mayoritariamente", "tercio", "tercera", "cuarta", "cuarto", "decenas",
        "maioria", "metade", "muitos", "muitas", "alguns", "algumas", "vários", "várias", "milhares", "centenas", "dezenas", "terço", "quarto",
        "sobretudo", "maioritariamente",
        "ثلثهم", "ربعهم", "كثير", "كثيرون", "العديد", "عشرات",
        // dest15 (review54 F12): the rest of a split ("a third of them to Tawila and the rest to Chad").
        "rest", "remainder", "reste", "resto", "demás", "demais", "restantes", "باقي", "الباقي", "البقية",
        "autres", "otros", "otras", "outros", "outras",
        "معظمهم", "اغلبهم", "أغلبهم", "نصفهم", "بعضهم", "غالبيتهم", "معظم", "اغلب", "أغلب", "نصف", "بعض", "غالبية", "الاف", "آلاف", "مئات",
    ]

    /// dest15 (review54 F2, silent): words before "all" that make it a part ("almost all to
    /// Chad", "nearly all", "presque toutes", "casi todas", "quase todas" read 5,000 refugees).
    static let nearlyWords: Set<String> = ["almost", "nearly", "presque", "quasi", "quasiment", "casi", "quase",
                                           // dest16 (review55 F3, silent): "virtually all to Chad", "practically all" read 5,000 refugees.
                                           "virtually", "practically", "essentially", "basically", "pratiquement", "prácticamente",
                                           "practicamente", "praticamente", "virtualmente"]
    static let allWords: Set<String> = ["all", "tous", "toutes", "tout", "todos", "todas", "todo", "toda"]
    /// Articles before a part ("the majority", "la plupart", "la mayoría", "a maioria").
    static let partArticles: Set<String> = ["the", "a", "la", "le", "les", "el", "los", "las", "o", "os", "as"]
    /// dest15: the parts of a split whose first destination is a country: with no "while" or
    /// "and" before them only a word of the rest says another part ("fled to Chad, others to
    /// Darfur"; "fled to Chad, most of them to Adré" may be of those in Chad).
    static let restPartWords: Set<String> = ["others", "rest", "remainder", "autres", "reste", "otros", "otras", "resto", "demás", "outros", "outras",
                                             "demais", "restantes"]
    /// dest15 (review54 F2, silent): verbs of going between a part and its destination ("most
    /// heading to Chad", "most went to Chad", "la plupart se sont dirigés vers le Tchad", "la
    /// mayoría se dirigió a Chad", "a maioria seguiu para o Chade").
    static let partGoingVerbs: Set<String> = [
        "went", "go", "going", "gone", "goes", "headed", "heading", "head", "made", "making", "travelled", "traveled", "travelling", "traveling",
        "reached", "reaching", "entered", "entering", "ended", "ending", "up", "their", "way", "have", "had", "has", "were", "are",
        "se", "s", "sont", "ont", "allés", "allées", "allant", "dirigés", "dirigées", "dirigeant", "rendus", "rendues", "partis", "parties",
        "fueron", "dirigieron", "dirigió", "dirigiéndose", "yendo", "fue", "han", "ido",
        "foram", "seguiram", "seguiu", "seguindo", "dirigiram", "dirigiu", "partiram", "partiu", "indo", "foi", "vão", "vai",
        "est", "allée", "allé", "traversé", "traversés", "traversées", "franchi", "passé", "passées",
        "توجه", "توجهوا", "ذهبوا",
    ]

    /// dest15 (review54 F2): the end of a part of the people at `v` (``partQuantityWords``,
    /// "almost all", "nearly all", "sobre todo"), nil when none starts there.
    func partWordEnd(at v: Int, approximations: Bool = true) -> Int? {
        guard let w = word(at: v) else { return nil }
        // dest24: "huyeron por miles hacia Chad" (in their thousands) is no part.
        if PhraseReader.crowdScales.contains(w), crowdLead(before: v, end: v + 1) { return nil }
        if PhraseReader.partQuantityWords.contains(w) { return v + 1 }
        if PhraseReader.nearlyWords.contains(w), let a = word(at: v + 1), PhraseReader.allWords.contains(a) { return v + 2 }
        if w == "sobre", word(at: v + 1) == "todo" { return v + 2 }
        // dest17 (review55 F12, silent): "a large number", "a significant number", "a minority", "a
        // fraction", "a portion", "large numbers", "the overwhelming majority", "more than half",
        // "over half", "at least half" before a destination read 5,000 under one measure or both.
        // Without `approximations` (a trailing qualifier's check: "31 persons at least nearly half
        // of them children" keeps "at least" for 31) a part does not open with one.
        var e = v
        if !approximations, ["more", "less", "fewer", "over", "under", "about", "around", "roughly", "approximately", "nearly", "almost", "at", "up"].contains(w) {
            return nil
        }
        if ["more", "less", "fewer"].contains(w), word(at: v + 1) == "than" { e = v + 2 }
        else if ["over", "under", "about", "around", "roughly", "approximately", "nearly", "almost"].contains(w) { e = v + 1 }
        else if w == "at", word(at: v + 1) == "least" { e = v + 2 }
        else if w == "up", word(at: v + 1) == "to" { e = v + 2 }
        if let x = word(at: e), ["a", "an", "the"].contains(x) { e += 1 }
        while e < v + 6, let x = word(at: e), ["large", "significant", "small", "vast", "overwhelming", "great", "sizeable", "sizable", "substantial",
                                               "considerable", "good", "growing", "smaller", "larger"].contains(x) { e += 1 }
        if e > v, let x = word(at: e), ["number", "numbers", "minority", "majority", "portion", "fraction", "share", "proportion", "bulk", "handful",
                                        "half", "third", "quarter", "most", "many", "few"].contains(x) {
            return e + 1
        }
        // "three quarters", "two thirds", "six in ten", "one in three".
        let small: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        if small.contains(w), let x = word(at: v + 1) {
            if ["thirds", "quarters", "fifths", "tenths", "third", "quarter", "fifth", "tenth"].contains(x) { return v + 2 }
            if x == "in" || x == "out", let y = word(at: x == "out" ? v + 3 : v + 2), small.contains(y) || y == "hundred" { return x == "out" ? v + 4 : v + 3 }
        }
        // dest16 (review55 F3, silent): "all but a few to Chad", "all but a handful", "all but some".
        if PhraseReader.allWords.contains(w), word(at: v + 1) == "but" {
            var e = v + 2
            if word(at: e) == "a" { e += 1 }
            if let x = word(at: e), ["few", "handful", "some", "several", "dozen", "hundred", "thousand"].contains(x) { return e + 1 }
        }
        return nil
    }

    /// The end of "of them", "d'entre eux", "de ellos", "deles" and a part's multiplier
    /// ("several thousand of them") after a part ending at `v`.
    func partOfThemEnd(from v: Int, limit: Int) -> Int {
        var v = v
        while v < limit, isPunctuation("'", at: v) || word(at: v).map({ ["of", "them", "whom", "those", "d", "entre", "eux", "elles", "de", "ellos", "ellas", "la", "des",
                                                                          "los", "las", "cuales", "deles", "delas", "eles", "elas", "dos", "das", "quais",
                                                                          "thousand", "thousands", "hundred", "hundreds", "mille", "mil",
                                                                          // dest17 (review55 F12): "most families", "most of the displaced".
                                                                          "families", "people", "households", "persons", "individuals", "displaced",
                                                                          "the"].contains($0) }) == true { v += 1 }
        return v
    }

    /// dest15 (review54 F2, F12, silent): the destination of a part of the people said at `v`
    /// (after its quantity, at `part`): a verb of going may come first ("most heading to Chad",
    /// "most of them crossing into Chad"). Kind "part" when it is across a border (review53:
    /// "mainly to Chad", "mostly across the border", "la plupart à l'étranger"), "partInside"
    /// when it is inside or a place whose country is not said ("mostly within Sudan", "mainly to
    /// Tawila", "mostly to camps in Darfur", "a maioria para Nampula"): only part of the people
    /// went there. Nil when no place follows ("many of them children", "mostly on foot",
    /// "mostly to escape the fighting").
    func partDestination(at v0: Int, part p: Int, start: Int, verb: Int? = nil) -> (kind: String, range: Range<Int>, words: Range<Int>)? {
        var v = v0
        var verbAt = verb
        // dest17 (review55 F12, silent): "most are now in Chad", "many now live in Chad", "most
        // reached Chad", "half eventually ended up in Chad".
        let partAdverbs: Set<String> = ["now", "still", "currently", "later", "eventually", "already", "since", "live", "lives", "settled", "safely",
                                        "finally", "successfully"]
        while v < v0 + 6, let w = word(at: v), PhraseReader.partGoingVerbs.contains(w) || PhraseReader.fleeingVerbs.contains(w) || PhraseReader.refugeVerbs.contains(w)
                || partAdverbs.contains(w) || isPunctuation("-", at: v + 1) && word(at: v + 2) == "se" {
            if ["reached", "reaching", "entered", "entering"].contains(w), let c = countryEnd(at: v + 1), !placeInCountry(after: c) {
                return ("part", start..<c, p..<c)
            }
            if PhraseReader.fleeingVerbs.contains(w) || PhraseReader.refugeVerbs.contains(w) || PhraseReader.leavingCountryVerbs.contains(w) { verbAt = v }
            v += 1
            if isPunctuation("-", at: v) || isSymbol("-", at: v), word(at: v + 1) == "se" { v += 2 }
            if isPunctuation("'", at: v) { v += 1 }
        }
        var d: (kind: String, range: Range<Int>, words: Range<Int>)?
        if let f = verbAt { d = destination(afterVerb: f, from: v, start: start) }
        if d == nil { d = destination(from: v, start: start, refuge: true) }
        if let d {
            if d.kind == "refugees" || d.kind == "part" { return ("part", start..<d.range.upperBound, p..<d.words.upperBound) }
            return ("partInside", start..<d.range.upperBound, p..<d.words.upperBound)
        }
        // review53 F2 (silent): "fled, mostly across the border", "mainly abroad", "la
        // plupart à l'étranger", "muchos al extranjero", "a maioria para o exterior".
        var b = v
        while b < v + 4, let w = word(at: b), !PhraseReader.borderWords.contains(w), !PhraseReader.abroadWords.contains(w),
              ["across", "over", "through", "the", "à", "a", "al", "à", "travers", "la", "l", "través", "de", "del", "através", "da", "para", "o",
               "en", "em", "no", "to", "في", "إلى", "الى", "عبر",
               // dest26 (review60 F6, silent): "5,000 people were displaced, some beyond the border" read 5,000 idps.
               "beyond", "más", "allá", "além", "delà", "au", "outre", "وراء"].contains(w) || isPunctuation("'", at: b) || isDash(at: b) { b += 1 }
        if b < v + 4, let w = word(at: b), PhraseReader.borderWords.contains(w) || PhraseReader.abroadWords.contains(w) {
            return ("part", start..<(b + 1), p..<(b + 1))
        }
        // dest15 (review54 F12): a part to a place ("mainly to Tawila", "mostly to camps in
        // Darfur", "a maioria para Nampula"), in capitals in a text in sentence case ("mostly to
        // Escape Fighting" in a headline's title case is no place).
        // dest17 (review55 F12): "most are now in Tawila", "many now live in Tawila": "in" after words
        // of being somewhere is where the part is.
        let present = (v0..<v).contains { word(at: $0).map { ["are", "now", "live", "lives", "living", "remain", "remained", "settled", "up", "still"].contains($0) } == true }
        guard let lead = word(at: v), PhraseReader.destinationLeads.contains(lead) || PhraseReader.withinWords.contains(lead) || present && lead == "in" else { return nil }
        var e = v + 1
        // "most of them inside the country", "principalmente dentro do país".
        if PhraseReader.withinWords.contains(lead) { return ("partInside", start..<e, p..<e) }
        while e < v + 4, isPunctuation("'", at: e) || word(at: e).map({ PhraseReader.destinationFillers.contains($0) || ["as", "ao", "aos", "à", "às"].contains($0) }) == true { e += 1 }
        guard e < tokens.count, let head = word(at: e) else { return nil }
        let place = PhraseReader.capitalised(tokens[e]) && sentenceCase
        // Where a part lives is a part's place when named ("most are now in Tawila"), not camps
        // ("most now live in camps" may be in the place already said).
        if present, lead == "in", !place { return nil }
        if place || PhraseReader.campWords.contains(head) || PhraseReader.placesInside.contains(head) {
            return ("partInside", start..<(e + 1), p..<(e + 1))
        }
        return nil
    }

    /// dest15 (review54 F12): a part of the people after a word that opens another clause at
    /// `k` ("while some crossed into Chad", "and the rest to Chad", "tandis que d'autres vers le
    /// Tchad", "mientras otros a Chad", "enquanto outros para o Chade"), as
    /// ``partDestination(at:part:start:)``; nil when none.
    func splitPart(at k0: Int, start: Int, restOnly: Bool = false) -> (kind: String, range: Range<Int>, words: Range<Int>)? {
        var k = k0
        if word(at: k) == "que" { k += 1 }
        while isPunctuation("'", at: k) || word(at: k).map({ PhraseReader.partArticles.contains($0) || $0 == "d" }) == true { k += 1 }
        // The verb first in Arabic: "بينما عبر بعضهم إلى تشاد" (while some of them crossed to Chad).
        if !restOnly, let w = word(at: k), PhraseReader.fleeingVerbs.contains(w) || PhraseReader.partGoingVerbs.contains(w) || w == "عبر",
           let pe = partWordEnd(at: k + 1) {
            return partDestination(at: partOfThemEnd(from: pe, limit: pe + 6), part: k + 1, start: start, verb: k)
        }
        guard let pe = partWordEnd(at: k) else { return nil }
        if restOnly, !(word(at: k).map(PhraseReader.restPartWords.contains) ?? false) { return nil }
        return partDestination(at: partOfThemEnd(from: pe, limit: pe + 6), part: k, start: start)
    }

    /// dest15 (review54 F12, silent): a destination across a border for all that a split then
    /// says only some of them took ("fled to Chad while some went to Tawila", "fled to Chad and
    /// others to Darfur", "to Chad, the rest to Darfur"): kind "part"; nil when the other part
    /// is across a border too ("to Chad and others to Cameroon") or none is said.
    /// With `across` (the first part went to a place inside: "a third of them to Tawila and the
    /// rest to Chad") the other part must be across a border, from any quantity.
    func splitAfter(_ d: (kind: String, range: Range<Int>, words: Range<Int>), start: Int, across: Bool = false) -> (kind: String, range: Range<Int>, words: Range<Int>)? {
        var k = d.words.upperBound
        var joined = false
        if isPunctuation(",", at: k) || isPunctuation(";", at: k) || isDash(at: k) { k += 1 }
        if let w = word(at: k), PhraseReader.fleeingClauseOpeners.contains(w) || vocab.andWords.contains(w) || ["with", "whereas", "whilst"].contains(w) {
            joined = true
            k += 1
        }
        guard let s = splitPart(at: k, start: start, restOnly: !joined && !across), s.kind == (across ? "part" : "partInside") else { return nil }
        // dest17: "fled to Chad, where the majority are in Ourang camp": where a part is, in the
        // place already said, is no split.
        if word(at: d.words.upperBound + (isPunctuation(",", at: d.words.upperBound) ? 1 : 0)).map({ ["where", "où", "donde", "onde", "حيث"].contains($0) }) == true,
           (k..<s.words.upperBound).contains(where: { word(at: $0) == "in" }) { return nil }
        return ("part", start..<s.range.upperBound, d.words.lowerBound..<s.words.upperBound)
    }

    /// Words that open another clause after a verb of fleeing ("as", "while", "when").
    static let fleeingClauseOpeners: Set<String> = ["as", "while", "when", "after", "before", "because", "since", "but", "where", "who", "which",
                                             "that", "alors", "tandis", "lorsque", "quand", "mais", "mientras", "cuando", "pero", "donde",
                                             "بينما", "عندما", "لكن", "حيث",
                                             // dest15 (review54 F12): Portuguese ("fugiram para Nampula enquanto outras
                                             // atravessaram para o Malawi" had read the second clause's destination).
                                             "enquanto", "quando", "mas", "onde", "porque"]

    /// The kind the destination after the verb at `v` says, its words from `j`; `start`
    /// opens the words to quote.
    private func destination(afterVerb v: Int, from j: Int, start: Int) -> (kind: String, range: Range<Int>, words: Range<Int>)? {
        var j = j
        guard let verb = word(at: v) else { return nil }
        let refuge = PhraseReader.refugeVerbs.contains(verb)
        // dest17 (review55 F18, silent): "were driven out of the country", "chassées du pays",
        // "expulsas do país", "abandonaram o país" read under idps.
        let leaving = PhraseReader.leavingCountryVerbs.contains(verb) || PhraseReader.expelVerbs.contains(verb)
        if !PhraseReader.fleeingVerbs.contains(verb), !refuge, !leaving, !PhraseReader.movingVerbs.contains(verb) { return nil }
        // "ont fui vers", "have fled to", "huyeron a": the destination follows the verb; a
        // second verb word of the same ("displaced and fled") passes; "sought refuge in".
        while let w = word(at: j), PhraseReader.fleeingVerbs.contains(w) || PhraseReader.refugeVerbs.contains(w) || vocab.andWords.contains(w) { j += 1 }
        // dest17 (review55 F14): "made their way to Chad".
        if verb == "made" || verb == "making", let w = word(at: j), ["their", "its", "his", "her"].contains(w), word(at: j + 1) == "way" { j += 2 }
        // portuguese14: the pronoun after a hyphen ("refugiaram-se no Chade").
        if isPunctuation("-", at: j) || isSymbol("-", at: j) || isDash(at: j), word(at: j + 1) == "se" { j += 2 }
        if refuge, let w = word(at: j), PhraseReader.refugeNouns.contains(w) { j += 1 }
        // "à l'intérieur du pays": the preposition and article before "intérieur".
        if word(at: j) == "à", word(at: j + 1) == "l" || isPunctuation("'", at: j + 1) {
            var e = j + 1
            while e < j + 3, word(at: e) == "l" || isPunctuation("'", at: e) { e += 1 }
            if word(at: e) == "intérieur" { j = e }
        }
        guard let lead = word(at: j) else { return nil }
        // dest15 (review54 F3, silent): "fled out of the country", "outside Sudan", "hors du pays",
        // "fuera del país", "fora do país" had read as idps (or under both).
        if let end = outsideCountryEnd(at: j) { return ("refugees", start..<end, j..<end) }
        if PhraseReader.withinWords.contains(lead) {
            // dest15 (review54 F1): "displaced within Sudan and to Chad", "dentro do Sudão e para o Chade".
            if let listEnd = mixedPlaceList(from: j) { return ("part", start..<listEnd, j..<listEnd) }
            var e = j + 1
            while let w = word(at: e), e < j + 4, PhraseReader.destinationFillers.contains(w) || ["du", "del", "of", "de", "d", "do", "da"].contains(w) { e += 1 }
            return ("idps", start..<(e + 1), j..<min(tokens.count, e + 1))
        }
        if PhraseReader.abroadWords.contains(lead) { return ("refugees", start..<(j + 1), j..<(j + 1)) }
        // Leaving a country: "fled Syria", "fled Sudan for Chad", "left the country", "fled
        // their country", "ont quitté le pays", "huyeron del país", "fled from Syria",
        // "غادروا البلاد", "فروا من سوريا"; "fled Syria's north", "fled their homes" are not.
        // portuguese14: "fugiram do Sudão", "saíram do país": "do"/"da" (of the) is an origin
        // only before a country or "país" (the English "do" is no preposition: "5,000
        // displaced do not return").
        let originLead = PhraseReader.originLeads.contains(lead)
            || ["do", "da"].contains(lead) && (countryEnd(at: j + 1) != nil || word(at: j + 1).map(PhraseReader.countryNounsSingular.contains) == true)
        if leaving || originLead {
            var e = j
            if originLead { e += 1 }
            while e < j + 4, isPunctuation("'", at: e) || word(at: e).map({ PhraseReader.destinationFillers.contains($0) && !PhraseReader.otherCountryWords.contains($0) }) == true { e += 1 }
            if let end = countryEnd(at: e) {
                // The country ends its noun phrase: "fled Syria", "fled Sudan for Chad"; not
                // "flee Myanmar army clashes" (a real UCDP headline: the clashes are fled).
                let closes = end >= tokens.count || { if case .punctuation = tokens[end].kind { return !isPunctuation("'", at: end) }; return false }()
                    || word(at: end).map(PhraseReader.afterCountryLeft.contains) == true
                if closes, !placeInCountry(after: end) {
                    // dest20 (review56 F6, silent): the country left, then a list of a country and a
                    // place ("5,000 flee Sudan to Chad, Darfur" read 5,000 refugees).
                    if let w = word(at: end), PhraseReader.destinationLeads.contains(w) || ["for", "pour", "para"].contains(w), let listEnd = mixedPlaceList(from: end + 1) {
                        return ("part", start..<listEnd, j..<listEnd)
                    }
                    // dest15 (review54 F14, silent): the Spanish "a" is an article too: "huyeron a
                    // Chad y a Darfur" is a list of destinations, not a country left.
                    if PhraseReader.destinationLeads.contains(lead), let listEnd = mixedPlaceList(from: j) { return ("part", start..<listEnd, j..<listEnd) }
                    return ("refugees", start..<end, j..<end)
                }
                return nil
            }
            if e > j || originLead || (word(at: j).map { $0.hasPrefix("ال") || $0.hasSuffix("هم") } ?? false),
               word(at: e).map(PhraseReader.countryNounsSingular.contains) == true,
               !(isPunctuation("'", at: e + 1) && word(at: e + 2) == "s") {
                return ("refugees", start..<(e + 1), j..<(e + 1))
            }
            // "fled from Aleppo to Turkey": past the place of origin to the destination.
            if PhraseReader.originLeads.contains(lead) {
                var k = j + 1
                // dest24 (issue 12, needless refusal): after a cause or a home, "en"/"au" says where it was,
                // as "in" does ("huyeron de la violencia en Darfur y hacia Chad" was refused as a list
                // "Darfur y hacia Chad", only part across a border).
                while k < j + 6, let w = word(at: k), !PhraseReader.destinationLeads.contains(w)
                        || PhraseReader.nounPlaceLeads.contains(w) && word(at: k - 1).map({ PhraseReader.causeNouns.contains($0) || PhraseReader.homeNouns.contains($0) }) == true { k += 1 }
                if word(at: k) != nil, k < j + 6 {
                    return destination(from: k, start: start, refuge: refuge)
                }
                return nil
            }
        }
        // portuguese14: "atravessaram a fronteira", "fugiram através da fronteira", "pela
        // fronteira": the Portuguese article or preposition before a Portuguese border word
        // only ("fled a border town" stays unread).
        if ["a", "as", "através", "pela", "pelas"].contains(lead) {
            var e = j + 1
            while e < j + 3, let w = word(at: e), ["da", "das", "a", "de"].contains(w) { e += 1 }
            if word(at: e).map({ ["fronteira", "fronteiras"].contains($0) }) == true { return ("refugees", start..<(e + 1), j..<(e + 1)) }
        }
        // dest17 (review55 F14, silent): "beyond the border", "beyond Sudan's borders", "across
        // the Chad-Sudan border", "ont franchi la frontière", "cruzaron la frontera" read under idps.
        if ["across", "over", "beyond", "the", "la", "las", "el", "les", "le", "l"].contains(lead) {
            var e = j + 1
            while e < j + 7, e < tokens.count, case let w = word(at: e) ?? "", !PhraseReader.borderWords.contains(w),
                  ["the", "its", "their", "s", "la", "l"].contains(w) || isPunctuation("'", at: e) || countryEnd(at: e) != nil
                    || CountryWords.territoryAdjectives.contains(w) || isPunctuation("-", at: e) || isSymbol("-", at: e) || isDash(at: e) { e += 1 }
            if word(at: e).map(PhraseReader.borderWords.contains) == true {
                return ("refugees", start..<(e + 1), j..<(e + 1))
            }
            if ["la", "las", "el", "les", "le", "l"].contains(lead) { return destination(from: j, start: start, refuge: refuge) }
        }
        // "across the border", "over the border", "cross the border".
        if ["across", "over", "the"].contains(lead) || PhraseReader.borderWords.contains(lead) {
            var e = j
            while e < j + 3, let w = word(at: e), !PhraseReader.borderWords.contains(w) { e += 1 }
            if word(at: e).map(PhraseReader.borderWords.contains) == true { return ("refugees", start..<(e + 1), j..<(e + 1)) }
            return nil
        }
        // An Arabic "ل" (to) glued to the country: "لجأوا لتركيا".
        if lead.hasPrefix("ل"), let end = countryEnd(at: j) {
            return placeInCountry(after: end) ? nil : ("refugees", start..<end, j..<end)
        }
        return destination(from: j, start: start, refuge: refuge)
    }

    /// The kind a destination that opens with a preposition at `j` says ("to Turkey", "vers
    /// le Tchad", "to other provinces", "to camps inside Syria"), as
    /// ``displacementDestination(_:)``.
    private func destination(from j: Int, start: Int, refuge: Bool) -> (kind: String, range: Range<Int>, words: Range<Int>)? {
        // "left for Europe", "partis pour la Turquie": "for" is a destination's too.
        // portuguese14: after a Portuguese verb of refuge, "em" and its contractions are where
        // the people went ("refugiaram-se no Chade", "buscaram refúgio na Etiópia"); not after
        // others ("found no shelter": the English "no").
        let portugueseRefuge = refuge && PhraseReader.portugueseRefugeLeads.contains(word(at: j) ?? "")
            && (max(0, j - 3)..<j).contains { word(at: $0).map(PhraseReader.portugueseRefugeWords.contains) == true }
        // dest15 (review54 F11, silent): "in the direction of Chad", "em direção ao Chade" as "towards Chad".
        let directionEnd = directionLeadEnd(at: j)
        guard let lead = word(at: j), directionEnd != nil || PhraseReader.destinationLeads.contains(lead) || ["à", "for", "pour"].contains(lead)
                || (refuge && PhraseReader.refugeLeads.contains(lead)) || portugueseRefuge else {
            return nil
        }
        let listFrom = directionEnd ?? j + 1
        var e = directionEnd ?? j + 1
        // portuguese14: the articles after "para" and "rumo" ("para as Filipinas", "rumo ao
        // Chade"); "as" is no article in English ("fled as Chad and Sudan fought").
        let portugueseLead = ["para", "rumo", "às", "aos"].contains(lead)
        while e < j + 5, isPunctuation("'", at: e) || word(at: e).map(PhraseReader.destinationFillers.contains) == true
                || portugueseLead && word(at: e).map({ ["as", "ao", "aos", "à", "às"].contains($0) }) == true { e += 1 }
        let other = ((j + 1)..<e).contains { word(at: $0).map(PhraseReader.otherCountryWords.contains) == true }
        // The destination's words, to the end of its clause (eight at most).
        var last = e
        while last < e + 8, last < tokens.count {
            if case .punctuation(let p) = tokens[last].kind, p != "'" && p != "-" { break }
            last += 1
        }
        let rest = e..<last
        func quote(_ end: Int) -> (Range<Int>, Range<Int>) { (start..<end, j..<end) }
        if let end = countryEnd(at: e) {
            if placeInCountry(after: end) {
                // dest16 (review55 F1): "to Sudan's Darfur region and Chad" lists a place inside and a country.
                if let listEnd = mixedPlaceList(from: listFrom) { return ("part", start..<listEnd, j..<listEnd) }
                return nil
            }
            // review53 F2 (silent): "fled to Chad and Darfur": a country and a place that is none.
            if let listEnd = mixedPlaceList(from: listFrom) { return ("part", start..<listEnd, j..<listEnd) }
            let (r, w) = quote(end)
            return ("refugees", r, w)
        }
        guard let head = word(at: e) else { return nil }
        // dest17 (review55 F14, silent): "fled into exile", "went into exile", "al exilio", "ao
        // exílio", "to the other side of the border", "al otro lado de la frontera" read under idps.
        if ["exile", "exil", "exilio", "exílio", "المنفى"].contains(head) {
            let (r, w) = quote(e + 1)
            return ("refugees", r, w)
        }
        if ["side", "lado"].contains(head), let b = ((e + 1)..<min(tokens.count, e + 5)).first(where: { word(at: $0).map(PhraseReader.borderWords.contains) == true }) {
            let (r, w) = quote(b + 1)
            return ("refugees", r, w)
        }
        // dest17 (review55 F14): "to neighbouring states" may be other countries or the
        // country's own states (Sudan's, Nigeria's): kind "either", refused under both.
        if ["states", "états", "estados"].contains(head), other {
            // dest18 (review56 F5, needless refusal): "to neighbouring states such as Chad", "like
            // Chad", "including Chad", "(Chad)": the states named are countries.
            var n = e + 1
            while n < e + 4, isPunctuation(",", at: n) || isSymbol("(", at: n) || word(at: n).map({ ["such", "as", "like", "including", "notably", "namely",
                    "especially", "particularly", "mainly", "chiefly", "comme", "tels", "telles", "que", "notamment", "como", "incluido", "incluidos",
                    "incluindo", "sobre", "todo"].contains($0) }) == true { n += 1 }
            if n > e + 1, let c = countryEnd(at: n), !placeInCountry(after: c) {
                let (r, w) = quote(c)
                return ("refugees", r, w)
            }
            let (r, w) = quote(e + 1)
            return ("either", r, w)
        }
        // review53 F2 (silent): "fled to Darfur and Chad", "vers le Darfour et le Tchad"; dest15
        // (review54 F1, F4): "to other parts of Sudan and to Chad", "to eastern Chad and Darfur
        // camps", before a part of a country or a place inside is read.
        if let listEnd = mixedPlaceList(from: listFrom) { return ("part", start..<listEnd, j..<listEnd) }
        // dest15 (review54 F3, silent): "para fora do país", "para fora de Moçambique" (out of the
        // country) had read as idps.
        if let end = outsideCountryEnd(at: e) {
            let (r, w) = quote(end)
            return ("refugees", r, w)
        }
        // flee8 (review50 F3, silent): a place named with its country ("to Adré in Chad", "to
        // Adré, Chad", "vers Adré au Tchad", "إلى أدري في تشاد"): the country is where they went,
        // as "camps in Chad"; "the Chadian side" (of the border) is across it; a part of a
        // country ("eastern Chad") when the people or the place they left are of another one
        // ("5,000 Sudanese fled to eastern Chad"; "fled to northern Syria" names neither).
        if let d = placeWithCountry(at: e, lead: j, start: start) { return d }
        if PhraseReader.abroadWords.contains(head) {
            let (r, w) = quote(e + 1)
            return ("refugees", r, w)
        }
        // "to neighbouring countries", "aux pays voisins", "a países vecinos", "إلى دول الجوار";
        // "to a neighbouring country", "vers un autre pays", "a otro país", "إلى بلد آخر".
        if PhraseReader.countryNouns.contains(head) || PhraseReader.countryNounsSingular.contains(head) {
            let after = word(at: e + 1).map { PhraseReader.abroadWords.contains($0) || PhraseReader.otherCountryWords.contains($0) } == true
            if other || after {
                let (r, w) = quote(after ? e + 2 : e + 1)
                return ("refugees", r, w)
            }
        }
        // "to Turkish territory", "into Turkish territory", "onto Turkish soil", "vers le
        // territoire turc", "al territorio colombiano", "إلى الأراضي التركية".
        if ["territory", "soil", "territories"].contains(word(at: e + 1) ?? ""), CountryWords.territoryAdjectives.contains(head),
           !(isDash(at: e - 1) || isPunctuation("-", at: e - 1) || isSymbol("-", at: e - 1)) {
            let (r, w) = quote(e + 2)
            return ("refugees", r, w)
        }
        if ["territoire", "territoires", "sol", "territorio", "suelo", "الاراضي", "اراضي"].contains(head),
           let adjective = word(at: e + 1), CountryWords.territoryAdjectives.contains(adjective), !PhraseReader.ownTerritory.contains(adjective) {
            let (r, w) = quote(e + 2)
            return ("refugees", r, w)
        }
        // Inside the country: "to camps inside Syria", "to other parts of the country", "to the
        // north of the country", "vers d'autres régions du pays", "a otras zonas del país",
        // "إلى مناطق أخرى داخل البلاد".
        let named = rest.contains { countryEnd(at: $0) != nil }
        let across = rest.contains { word(at: $0).map { PhraseReader.borderWords.contains($0) || PhraseReader.abroadWords.contains($0) || ["world", "monde", "mundo", "العالم"].contains($0) } == true }
        for k in rest {
            guard let w = word(at: k) else { continue }
            if PhraseReader.withinWords.contains(w) {
                let (r, wr) = quote(min(last, k + 3))
                return ("idps", r, wr)
            }
            if PhraseReader.countryNounsSingular.contains(w), !across,
               let b = word(at: k - 1), ["the", "of", "du", "del", "el", "le", "في", "من", "do", "o"].contains(b) || w.hasPrefix("ال") {
                if k == e, !(isPunctuation("'", at: k + 1) && word(at: k + 2) == "s") { continue }
                let (r, wr) = quote(k + 1)
                return ("idps", r, wr)
            }
        }
        if PhraseReader.campWords.contains(head) || (word(at: e + 1).map(PhraseReader.campWords.contains) == true
                                                    && PhraseReader.displacementCampWords.contains(head)) {
            let campsAt = PhraseReader.campWords.contains(head) ? e : e + 1
            if rest.contains(where: { word(at: $0).map(PhraseReader.refugeeCampWords.contains) == true }) { return nil }
            // "displacement camps", "IDP camps", "camps de déplacés", "مخيمات النزوح".
            if campsAt > e || word(at: campsAt + 1).map(PhraseReader.displacementCampWords.contains) == true
                || (word(at: campsAt + 1) == "de" || word(at: campsAt + 1) == "for" || word(at: campsAt + 1) == "para")
                && (campsAt + 2..<min(tokens.count, campsAt + 4)).contains(where: { word(at: $0).map(PhraseReader.displacementCampWords.contains) == true }) {
                let (r, wr) = quote(campsAt + 1)
                return ("idps", r, wr)
            }
            // "camps in northern Syria", "camps in Syria's north": a part of a country.
            if ["in", "en", "au", "dans", "في", "em", "no", "na", "nos", "nas"].contains(word(at: campsAt + 1) ?? "") {
                // dest15 (review54 F1, silent): "to camps in Darfur and Chad" had read 5,000 refugees.
                if let listEnd = mixedPlaceList(from: campsAt + 2) { return ("part", start..<listEnd, j..<listEnd) }
                var c = campsAt + 2
                while c < campsAt + 4, word(at: c).map(PhraseReader.destinationFillers.contains) == true { c += 1 }
                if word(at: c).map(PhraseReader.directionAdjectives.contains) == true, let end = countryEnd(at: c + 1) {
                    let (r, wr) = quote(end)
                    // flee8: "5,000 Sudanese fled to camps in eastern Chad" are refugees.
                    return (foreignToCountry(c + 1..<end, before: j, start: start) ? "refugees" : "idps", r, wr)
                }
                if let end = countryEnd(at: c) {
                    if isPunctuation("'", at: end), word(at: end + 1) == "s" {
                        let (r, wr) = quote(end + 2)
                        return ("idps", r, wr)
                    }
                    // "camps in Chad": camps in a country named whole, as "fled to Chad".
                    if !placeInCountry(after: end) {
                        let (r, wr) = quote(end)
                        return ("refugees", r, wr)
                    }
                }
            }
            return nil
        }
        // "to other provinces", "to the countryside", "to nearby villages".
        if PhraseReader.placesInside.contains(head), !named, !across {
            // portuguese14: "para outras regiões", "para aldeias vizinhas", "áreas próximas".
            let otherAfter: Set<String> = ["اخرى", "أخرى", "مجاورة", "المجاورة", "vizinhas", "vizinhos", "próximas", "próximos"]
            let withOther = ((j + 1)..<e).contains { word(at: $0).map { ["other", "nearby", "autres", "otras", "otros", "neighbouring", "neighboring",
                                                                         "outras", "outros"].contains($0) } == true }
                || word(at: e + 1).map { otherAfter.contains($0) } == true
            if !PhraseReader.placesInsideWithOther.contains(head) || withOther {
                let end = word(at: e + 1).map { otherAfter.contains($0) } == true ? e + 2 : e + 1
                let (r, wr) = quote(end)
                return ("idps", r, wr)
            }
        }
        return nil
    }

    /// Words that may follow a place's name in a list of destinations (``mixedPlaceList(from:)``):
    /// "to Darfur in June", "vers le Darfour depuis".
    static let placeListBoundaries: Set<String> = ["in", "on", "at", "from", "during", "after", "since", "last", "this", "over", "en", "dans",
                                                   "au", "aux", "à", "depuis", "après", "desde", "durante", "tras", "em", "no", "na"]
    /// dest15 (review54 F1, F4, F14): words that join the places of a list besides "and": "to
    /// Chad as well as Darfur", "to Chad or Darfur", "et aussi", "y también", "e também".
    static let placeListJoiners: Set<String> = ["or", "ou"]
    static let placeListAdverbs: Set<String> = ["also", "then", "aussi", "puis", "también", "luego", "também", "depois"]
    /// dest15: a place inside a country said without its name, in a list of destinations ("and
    /// elsewhere in Sudan", "ailleurs au Soudan", "and other parts of Sudan", "otras partes de
    /// Sudán", "outras partes do Sudão", "d'autres régions du Soudan").
    static let elsewhereWords: Set<String> = ["elsewhere", "ailleurs"]
    /// dest16 (review55 F2): words before a list's later place ("and across Darfur", "and in Darfur").
    static let listPlaceLeads: Set<String> = ["across", "around", "near", "throughout", "in", "dans", "en", "em", "no", "na", "through"]
    static let monthNames: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                                          "november", "december"]
    /// dest16 (review55 F2): words before a place inside not named ("safer areas", "rural villages").
    static let listPlaceAdjectives: Set<String> = ["the", "safer", "safe", "nearby", "neighbouring", "neighboring", "surrounding", "rural", "remote",
                                                   "other", "more", "secure", "several", "some", "many", "various", "local", "makeshift", "informal",
                                                   "des", "les", "la", "le", "l", "los", "las", "unos", "unas", "algunos", "algunas", "os", "as", "uns", "umas",
                                                   "alguns", "algumas", "quelques"]
    /// dest16: a place's word that must be followed by its name ("la région du Darfour").
    static let listPlaceNamedNouns: Set<String> = ["region", "région", "región", "região", "province", "provincia", "província", "state", "état",
                                                   "estado", "zone", "zona", "area", "área", "town", "ville", "ciudad", "cidade"]
    /// dest16 (review55 F2): places inside that are not a country's parts ("the bush", "displacement sites").
    static let listPlaceNouns: Set<String> = ["bush", "sites", "site", "shelters", "settlements", "gatherings", "hills", "mountains", "forests",
                                              "forest", "wilderness", "brousse", "monte", "mato", "aldeias"]
    static let listPlacesInside: Set<String> = PhraseReader.placesInside.union(["partes", "parties", "lugares", "endroits", "places", "sitios", "locais"])

    /// review53 F2 (silent): the end of a destination that lists a country and a place that is
    /// no country, joined by "and" ("fled to Darfur and Chad", "to Chad and Darfur", "to
    /// Darfur, Kordofan and Chad", "vers le Darfour et le Tchad", "a Darfur y Chad"): some of
    /// the people crossed a border and some may not have, so the figure is neither all
    /// refugees nor all idps. A list of countries alone ("to Chad and South Sudan") is nil, as
    /// is one without "and" ("to Adré, Chad" is a town in Chad). A place is a name in capitals
    /// ending at a mark, an "and", a preposition or the text's end, so "fled to Chad and Chadian
    /// officials counted them" lists nothing. Arabic, which has no capitals, is not read here.
    /// dest15 (review54 F1, F4, F14, silent: each read 5,000 refugees): the preposition said
    /// again ("to Chad and to Darfur", "para Darfur e para o Chade", "y a Darfur"), other joiners
    /// ("as well as", "or", "and also"), a place inside said by words ("and within Darfur", "and
    /// inside Sudan", "and elsewhere in Sudan", "and other parts of Sudan", "et ailleurs au
    /// Soudan", "e dentro do Sudão", "e outras partes do Sudão", "y dentro de Sudán"), a place's
    /// camps ("Darfur camps") and a part of a country ("eastern Chad").
    func mixedPlaceList(from start: Int) -> Int? {
        let boundaryWords = PhraseReader.placeListBoundaries
        func ends(at e: Int) -> Bool {
            if e >= tokens.count { return true }
            if case .punctuation = tokens[e].kind { return !isPunctuation("'", at: e) }
            // dest20: "Darfur + Chad".
            if isSymbol("+", at: e) { return true }
            if let w = word(at: e), vocab.andWords.contains(w) || boundaryWords.contains(w) || PhraseReader.fleeingClauseOpeners.contains(w)
                || PhraseReader.placeListJoiners.contains(w) || w == "as" { return true }
            return false
        }
        func placeEnd(at k: Int) -> Int? {
            var e = k
            // dest17 (review55 F19): or any word in a headline all in capitals ("5,000 FLEE TO CHAD AND DARFUR").
            // dest19 (review56 F9, refusal): not a headline's verb or its object ("5,000 FLEE TO CHAD
            // AND NEED AID", "And Face Hunger" had been refused as a place inside).
            // dest23 (issue 12, refusal): nor a word sentence case writes in lower case that is no
            // place ("5,000 FLEE INTO CHAD AND BEYOND" was refused as a list with a place "BEYOND"
            // inside, where "5,000 flee into Chad and beyond" reads 5,000 refugees).
            while e < k + 3, e < tokens.count, PhraseReader.capitalised(tokens[e]) || allCapitals && capitalisedPlace(e), let w = word(at: e),
                  !vocab.andWords.contains(w), e > k || !headlineNotPlace(e, first: true) && !capitalsNoName(e) {
                e += 1
                if isPunctuation("-", at: e) || isSymbol("-", at: e) || isDash(at: e) { e += 1 }
            }
            guard e > k else { return nil }
            // dest20 (review56 F6, silent): a place's place ("to Chad, Darfur's Tawila").
            if isPunctuation("'", at: e), word(at: e + 1) == "s", e + 2 < tokens.count,
               PhraseReader.capitalised(tokens[e + 2]) || allCapitals && capitalisedPlace(e + 2), let e2 = placeEnd(at: e + 2) { return e2 }
            // dest16 (review55 F1, F11): "Darfur region", "Kordofan state".
            if let w = word(at: e), PhraseReader.placeAfterCountry.contains(w), !["border", "borders", "frontier", "side", "frontière", "frontera"].contains(w) { e += 1 }
            // "Darfur camps", "Darfur's camps".
            if isPunctuation("'", at: e), word(at: e + 1) == "s", word(at: e + 2).map(PhraseReader.campWords.contains) == true { e += 2 }
            if word(at: e).map(PhraseReader.campWords.contains) == true { e += 1 }
            return ends(at: e) ? e : nil
        }
        // The place a word of "inside" names: "Sudan", "the country", "Darfur", "du pays".
        func namedEnd(at k: Int) -> Int? {
            var c = k
            while c < k + 4, isPunctuation("'", at: c) || word(at: c).map({ PhraseReader.destinationFillers.contains($0) && !PhraseReader.otherCountryWords.contains($0)
                    || ["of", "in", "du", "de", "del", "do", "da", "d", "au", "en", "dans", "no", "na", "em"].contains($0) }) == true { c += 1 }
            if let e = countryEnd(at: c) { return e }
            if word(at: c).map(PhraseReader.countryNounsSingular.contains) == true { return c + 1 }
            if let e = placeEnd(at: c) { return e }
            return nil
        }
        // "within Darfur", "inside Sudan", "à l'intérieur du Soudan", "dentro do Sudão",
        // "elsewhere in Sudan", "ailleurs au Soudan", "other parts of Sudan".
        func insideEnd(at k: Int, other: Bool) -> Int? {
            guard let w = word(at: k) else { return nil }
            if PhraseReader.withinWords.contains(w) || PhraseReader.elsewhereWords.contains(w) { return namedEnd(at: k + 1) }
            if other, PhraseReader.listPlacesInside.contains(w) { return namedEnd(at: k + 1) }
            return nil
        }
        // dest16 (review55 F2): places inside not named, or named after them ("neighbouring
        // villages", "the bush", "safer areas inside Sudan", "displacement sites in Darfur",
        // "towns in Darfur"), ending where a list's place ends.
        func placeNounEnd(at k0: Int) -> Int? {
            var k = k0
            while k < k0 + 3, let w = word(at: k), PhraseReader.listPlaceAdjectives.contains(w) || PhraseReader.displacementCampWords.contains(w) { k += 1 }
            guard let w = word(at: k), PhraseReader.listPlacesInside.contains(w) || PhraseReader.campWords.contains(w) || PhraseReader.listPlaceNouns.contains(w)
                    || PhraseReader.listPlaceNamedNouns.contains(w) else { return nil }
            let mustName = PhraseReader.listPlaceNamedNouns.contains(w)
            k += 1
            // "zonas seguras dentro de Sudán", "zones sûres à l'intérieur du Soudan".
            if let x = word(at: k), ["seguras", "seguros", "sûres", "sûrs", "vecinas", "vecinos", "voisines", "voisins", "vizinhas", "vizinhos",
                                     "cercanas", "cercanos", "próximas", "próximos", "proches", "rurales", "rurais", "sûres", "seguros"].contains(x) { k += 1 }
            // "la région du Darfour", "la región de Darfur", "a região do Darfur".
            if let x = word(at: k), ["du", "de", "do", "da", "del", "des", "d"].contains(x), let e = namedEnd(at: k) { return e }
            if let x = word(at: k), ["in", "inside", "within", "across", "of", "around", "near", "throughout"].contains(x)
                || PhraseReader.withinWords.contains(x) || x == "à" && word(at: k + 2) == "intérieur", let e = namedEnd(at: x == "à" ? k + 3 : k + 1) { return e }
            return !mustName && ends(at: k) ? k : nil
        }
        var k = start
        var countries = 0, places = 0, joined = false, end = start
        // dest17 (review55 F19, silent): a country then a place after a comma alone, as a headline
        // writes "and" ("5,000 flee to Chad, Darfur" read 5,000 refugees); not a place then its
        // country ("to Adré, Chad").
        var countryThenComma = false
        for n in 0..<6 {
            let placesBefore = places, countriesBefore = countries
            // dest15: "and to Darfur", "et vers le Darfour", "y a Darfur", "e para o Chade", "and
            // into Chad".
            if n > 0, let w = word(at: k), PhraseReader.destinationLeads.contains(w) || w == "à" { k += 1 }
            // dest16 (review55 F2, silent): "and across Darfur", "and around El Fasher", "camps in
            // Chad and in Darfur" had read 5,000 refugees; not "and in June".
            if n > 0, let w = word(at: k), PhraseReader.listPlaceLeads.contains(w), !(word(at: k + 1).map(PhraseReader.monthNames.contains) ?? false) { k += 1 }
            var other = false
            while k < start + 40, let w = word(at: k), PhraseReader.destinationFillers.contains(w) || ["du", "del", "do", "da", "as", "ao", "aos"].contains(w)
                    || w == "à" && n > 0 {
                if PhraseReader.otherCountryWords.contains(w) || ["outras", "otras"].contains(w) { other = true }
                k += 1
            }
            while isPunctuation("'", at: k) { k += 1 }
            let itemStart = k
            if let e = insideEnd(at: k, other: other) {
                places += 1
                k = e
            } else if word(at: k).map(PhraseReader.directionAdjectives.contains) == true, let e = countryEnd(at: k + 1), !placeInCountry(after: e) {
                countries += 1
                k = e
            } else if let c = countryEnd(at: k), isPunctuation("'", at: c), word(at: c + 1) == "s",
                      let e = placeEnd(at: c + 2) ?? placeNounEnd(at: c + 2)
                        ?? (word(at: c + 2).map(PhraseReader.directionAdjectives.contains) == true ? placeEnd(at: c + 3) : nil) {
                // dest16 (review55 F1, silent; a regression of dest15): "to Chad and Sudan's
                // Darfur region" read 5,000 refugees: a country's place is a place inside.
                places += 1
                k = e
            } else if let e = countryEnd(at: k), !placeInCountry(after: e) {
                countries += 1
                k = e
            } else if let e = placeEnd(at: k) {
                places += 1
                k = e
            } else if word(at: k).map(PhraseReader.directionAdjectives.contains) == true, let e = placeEnd(at: k + 1) {
                // dest16 (review55 F11): "and eastern Darfur", "and north Darfur".
                places += 1
                k = e
            } else if let e = placeNounEnd(at: k) {
                places += 1
                k = e
            } else {
                break
            }
            // dest19 (review56 F9, refusal): nor a day or a source after the comma, in any case
            // ("5,000 flee to Chad, Monday", "..., Amnesty", "5,000 FLEE TO CHAD, WFP WARNS").
            if places > placesBefore, countryThenComma, !attributionAfterComma(itemStart..<k) { joined = true }
            // dest20 (review56 F6, silent): a headline's ";" as its comma ("5,000 flee to Chad; Darfur").
            countryThenComma = countries > countriesBefore && (isPunctuation(",", at: k) || isPunctuation(";", at: k))
            end = k
            if isPunctuation(",", at: k) || isPunctuation(";", at: k) { k += 1 }
            if isPunctuation("&", at: k) || isPunctuation("/", at: k) || isSymbol("+", at: k) {
                // dest20 (review56 F6, silent): a headline's "&", "+", "/" as its "and" ("5,000 flee to
                // Chad & Darfur", "to Chad + Darfur", "to Chad / Darfur" read 5,000 refugees).
                joined = true
                k += 1
            } else if let w = word(at: k), vocab.andWords.contains(w) || ["or", "ou"].contains(w) {
                joined = true
                k += 1
                while let w = word(at: k), PhraseReader.placeListAdverbs.contains(w) { k += 1 }
            } else if word(at: k) == "as", word(at: k + 1) == "well", word(at: k + 2) == "as" {
                joined = true
                k += 3
            } else if word(at: k) == "plus" {
                // dest16 (review55 F2): "to Chad, plus Darfur", "along with Darfur", "together with".
                joined = true
                k += 1
            } else if let w = word(at: k), ["along", "together"].contains(w), word(at: k + 1) == "with" {
                joined = true
                k += 2
            } else if !isPunctuation(",", at: k - 1), !isPunctuation(";", at: k - 1) {
                break
            }
        }
        return countries > 0 && places > 0 && joined ? end : nil
    }

    /// dest15 (review54 F11, silent): a destination said by a direction ("in the direction of
    /// Chad", "en direction du Tchad", "en dirección a Chad", "rumbo a Chad", "em direção ao
    /// Chade", "em direcção ao Chade", "na direção do Chade"; each had read as idps while
    /// "towards Chad" is refused under idps): the index after its words, where the place's
    /// articles or name start; nil when none.
    func directionLeadEnd(at j: Int) -> Int? {
        guard let w = word(at: j) else { return nil }
        if w == "in", word(at: j + 1) == "the", word(at: j + 2) == "direction", word(at: j + 3) == "of" { return j + 4 }
        let directions: Set<String> = ["direction", "dirección", "direccion", "direção", "direcção", "direçao", "direcao", "rumbo"]
        var k: Int
        if ["en", "em", "na", "con"].contains(w), let d = word(at: j + 1), directions.contains(d) {
            k = j + 2
        } else if w == "rumbo" {
            k = j + 1
        } else {
            return nil
        }
        guard let p = word(at: k), ["a", "al", "à", "ao", "aos", "às", "de", "du", "des", "d", "do", "da", "dos", "das", "del", "hacia"].contains(p) else { return nil }
        k += 1
        while isPunctuation("'", at: k) { k += 1 }
        return k
    }

    /// dest15 (review54 F3, silent): the end of "out of the country", "outside Sudan", "hors du
    /// pays", "fuera del país", "fora do país", "fora de Moçambique" (across a border) at `j`;
    /// nil when the place is no country ("out of the city", "outside Khartoum", "outside the
    /// country's capital").
    func outsideCountryEnd(at j: Int) -> Int? {
        guard let w = word(at: j) else { return nil }
        var c = j + 1
        switch w {
        case "out":
            guard word(at: j + 1) == "of" else { return nil }
            c = j + 2
        case "outside", "hors", "fuera", "fora":
            break
        default:
            return nil
        }
        // dest17 (review55 F18, silent): "outside their own country" read under idps.
        while c < j + 6, isPunctuation("'", at: c) || word(at: c).map({ ["the", "their", "its", "of", "de", "du", "des", "d", "del", "do", "da", "dos", "das", "la", "le", "l",
                                                                          "el", "o", "leur", "su", "sus", "seu", "sua", "own", "propre", "propio", "propia",
                                                                          "próprio", "própria"].contains($0) }) == true { c += 1 }
        if let e = countryEnd(at: c) { return placeInCountry(after: e) ? nil : e }
        if word(at: c).map(PhraseReader.countryNounsSingular.contains) == true, !(isPunctuation("'", at: c + 1) && word(at: c + 2) == "s") { return c + 1 }
        return nil
    }

    /// flee8 (review50 F3): the destination a place named with its country says, at `e`
    /// after the preposition at `j` (``destination(from:start:refuge:)``): "Adré in Chad",
    /// "Adré, Chad", "Adré au Tchad" (a name in capitals, or any Arabic word, then "in"/","
    /// and a country named whole) and "the Chadian side" count refugees; "eastern Chad"
    /// counts refugees when the words before the destination name another country or
    /// another country's people ("5,000 Sudanese", "fled from Sudan"), and nothing
    /// otherwise (as "fled to northern Syria"): nil when none of these is said.
    func placeWithCountry(at place: Int, lead j: Int, start: Int) -> (kind: String, range: Range<Int>, words: Range<Int>)? {
        guard place < tokens.count, let first = word(at: place), countryEnd(at: place) == nil else { return nil }
        var e = place, head = first
        // "the Chadian side", "le côté tchadien", "el lado colombiano".
        var k = e
        while k < e + 6, let w = word(at: k) {
            if ["side", "bank"].contains(w), let a = word(at: k - 1), CountryWords.territoryAdjectives.contains(a) {
                return ("refugees", start..<(k + 1), j..<(k + 1))
            }
            if ["côté", "lado", "rive", "orilla"].contains(w), let a = word(at: k + 1), CountryWords.territoryAdjectives.contains(a) {
                return ("refugees", start..<(k + 2), j..<(k + 2))
            }
            k += 1
        }
        // "eastern Chad", "the east of Chad" is said by "east" first.
        if PhraseReader.directionAdjectives.contains(head), let end = countryEnd(at: e + 1), !placeInCountry(after: end) {
            if foreignToCountry(e + 1..<end, before: j, start: start) { return ("refugees", start..<end, j..<end) }
            // The people's own country ("5,000 Ukrainians fled to western Ukraine"): inside it
            // (review51 F6: read as refugees).
            if namesSameCountry(e + 1..<end, before: j, start: start) { return ("idps", start..<end, j..<end) }
        }
        // "Adré in Chad", "Adré, Chad": a place's name (capitals; Arabic has none), up to
        // three words ("El Geneina"), then "in" or a comma and the country.
        // "the town of Adré in Chad".
        if ["town", "city", "village", "villages", "towns", "locality", "settlement", "ville", "village", "localité", "ciudad", "pueblo",
            "localidad"].contains(head), ["of", "de", "d"].contains(word(at: e + 1) ?? ""), let h = word(at: e + 2) {
            e += 2
            head = h
        }
        let arabic = head.unicodeScalars.first.map { (0x0600...0x06FF).contains($0.value) } ?? false
        guard arabic || tokens[e].text.first?.isUppercase == true, !PhraseReader.placesInside.contains(head),
              !PhraseReader.campWords.contains(head), !PhraseReader.countryNouns.contains(head),
              !PhraseReader.countryNounsSingular.contains(head) else { return nil }
        k = e + 1
        // portuguese14: "para Adré, no Chade", "para Adré no Chade".
        let inWords: Set<String> = ["in", "en", "au", "في", "no", "na", "em"]
        while k < e + 4, let w = word(at: k), !inWords.contains(w), w != "بـ",
              arabic || tokens[k].text.first?.isUppercase == true { k += 1 }
        guard k < tokens.count, word(at: k).map({ inWords.contains($0) }) == true || isPunctuation(",", at: k) else { return nil }
        var c = k + 1
        // "Adré, in Chad".
        if isPunctuation(",", at: k), word(at: c).map({ inWords.contains($0) }) == true { c += 1 }
        while c < k + 4, word(at: c).map({ ["the", "le", "la", "l", "el"].contains($0) }) == true || isPunctuation("'", at: c) { c += 1 }
        // "Adré in eastern Chad", a part of the country: across a border only when the people
        // or the place they left are of another ("5,000 Sudanese fled to Adré in eastern Chad").
        if countryEnd(at: c) == nil, word(at: c).map(PhraseReader.directionAdjectives.contains) == true, let end = countryEnd(at: c + 1),
           !placeInCountry(after: end) {
            if foreignToCountry(c + 1..<end, before: j, start: start) { return ("refugees", start..<end, j..<end) }
            return namesSameCountry(c + 1..<end, before: j, start: start) ? ("idps", start..<end, j..<end) : nil
        }
        guard let end = countryEnd(at: c), !placeInCountry(after: end) else { return nil }
        // A comma and a country that opens the next words ("fled to Adré, Chad's government
        // said" is a place in it).
        if isPunctuation(",", at: k), end < tokens.count, word(at: end) != nil,
           !PhraseReader.afterCountryLeft.contains(word(at: end)!), !PhraseReader.fleeingClauseOpeners.contains(word(at: end)!) { return nil }
        if foreignToCountry(c..<end, before: j, start: start) { return ("refugees", start..<end, j..<end) }
        // The people's own country ("5,000 Syrians fled to Idlib in Syria"): inside it.
        if namesSameCountry(c..<end, before: j, start: start) { return ("idps", start..<end, j..<end) }
        // Neither said (review51 F6): a country after a town's name is how news places a town
        // ("fled to Maiduguri, Nigeria" inside Nigeria; "fled to Adré, Chad" across from
        // Sudan), so whether a border was crossed cannot be told: refused under either kind.
        return ("unknown", start..<end, j..<end)
    }

    /// Whether the words from `start` (two before it) to `before` name a country other than
    /// the one at `country`, or another country's people ("5,000 Sudanese", "fled from
    /// Sudan"): then a part of `country` is across a border.
    func foreignToCountry(_ country: Range<Int>, before: Int, start: Int) -> Bool {
        let target = country.compactMap { word(at: $0) }
        var k = max(0, start - 2)
        while k < before {
            if let end = countryEnd(at: k), end <= before {
                let named = (k..<end).compactMap { word(at: $0) }
                if named != target, !CountryWords.sameCountry(named, target) { return true }
                k = end
                continue
            }
            if let w = word(at: k), CountryWords.territoryAdjectives.contains(w) || w.hasSuffix("s") && CountryWords.territoryAdjectives.contains(String(w.dropLast())),
               !CountryWords.adjective(w.hasSuffix("s") && !CountryWords.territoryAdjectives.contains(w) ? String(w.dropLast()) : w, isOf: target) { return true }
            k += 1
        }
        return false
    }

    /// Whether the words before the destination name its own country or people ("5,000
    /// Syrians fled to Idlib in Syria"): a place in the country they are of.
    func namesSameCountry(_ country: Range<Int>, before: Int, start: Int) -> Bool {
        let target = country.compactMap { word(at: $0) }
        for k in max(0, start - 2)..<max(max(0, start - 2), before) {
            guard let w = word(at: k) else { continue }
            if CountryWords.adjective(w, isOf: target) || CountryWords.adjective(String(w.dropLast()), isOf: target) && w.hasSuffix("s") { return true }
        }
        return false
    }
}

// MARK: phrases9: a nationality and the country it is in; part of the people across a border
extension PhraseReader {
    /// Words of people allowed between a figure, a nationality and the place they are in
    /// ("5,000 displaced Syrians in Lebanon", "5000 نازح سوري في لبنان", "5,000 Syrian
    /// children displaced in Lebanon").
    static let nationalityFillers: Set<String> = [
        "displaced", "people", "persons", "children", "women", "families", "civilians", "nationals", "citizens",
        "déplacés", "déplacées", "personnes", "civils", "enfants", "familles", "ressortissants",
        "desplazados", "desplazadas", "personas", "civiles", "niños", "familias", "ciudadanos",
        "نازح", "نازحا", "نازحين", "نازحون", "النازحين", "النازحون", "شخص", "شخصا", "اشخاص", "مدني", "مدنيين", "مدنيا",
        "طفل", "اطفال", "مواطن", "مواطنين", "مواطنا", "عائلة", "اسرة",
        // portuguese14: "5000 deslocados sírios no Líbano".
        "deslocados", "deslocadas", "pessoas", "civis", "crianças", "mulheres", "famílias", "cidadãos",
    ]
    /// Prepositions of where people are ("in Lebanon", "au Liban", "en Líbano", "في لبنان").
    static let nationalityPlaceLeads: Set<String> = ["in", "inside", "en", "au", "aux", "dans", "في", "داخل", "em", "no", "na", "nos", "nas"]

    /// phrases12 (review52 F3): words between a people's word and the place they are in:
    /// groups of a people ("5,000 displaced Syrian Kurds in Iraq"), where they live ("5000 نازح
    /// سوري يقيمون في لبنان") and camps ("in camps in Lebanon", "في مخيمات لبنان").
    static let nationalityGroupWords: Set<String> = [
        "kurds", "kurdish", "arabs", "arab", "yazidis", "yezidis", "christians", "muslims", "turkmen", "assyrians", "druze", "tribes",
        "kurdes", "arabes", "yézidis", "chrétiens", "musulmans", "kurdos", "árabes", "cristianos", "musulmanes",
        "اكراد", "الاكراد", "كرد", "الكرد", "عرب", "العرب", "مسيحيين", "ايزيديين",
        "living", "residing", "staying", "sheltering", "vivant", "résidant", "réfugiés", "viviendo", "residiendo",
        "يقيمون", "المقيمين", "موجودين", "الموجودين", "يعيشون",
        "curdos", "cristãos", "muçulmanos", "vivendo", "residindo", "abrigados",
    ]
    /// phrases12 (review52 F3): verbs of a country that takes people in, before the figure
    /// ("Lebanon hosts 5,000 displaced Syrians", "استقبل لبنان 5000 نازح سوري").
    static let hostingVerbs: Set<String> = [
        "hosts", "hosted", "hosting", "host", "received", "receives", "receiving", "welcomed", "welcomes", "shelters", "sheltered",
        "accueille", "accueilli", "accueillait", "héberge", "hébergé", "acoge", "acogió", "acogía", "recibió", "recibe", "alberga", "albergó",
        "يستضيف", "تستضيف", "استضاف", "استضافت", "استقبل", "استقبلت", "يستقبل", "تستقبل", "يؤوي", "تؤوي",
        "acolhe", "acolheu", "acolhia", "recebeu", "recebe", "abriga", "abrigou", "hospeda",
    ]

    /// The country of the people's word at `i` ("Syrians", "سوري"), nil when none. The
    /// Arabic accusative after 11 to 99 is the country's own name for some peoples ("50
    /// نازحا سوريا", "سوريا" is Syria too): read as the people after an accusative noun.
    func peopleCountry(at i: Int) -> String? {
        guard let w = word(at: i) else { return nil }
        if let c = CountryWords.peopleByWord[w] { return c }
        if let c = CountryWords.accusativePeopleByWord[w], i > 0, let before = word(at: i - 1), before.hasSuffix("ا"),
           PhraseReader.nationalityFillers.contains(before) {
            return c
        }
        return nil
    }

    /// phrases9 (review51 F9, silent): the kind of the displaced a nationality said with the
    /// figure and the country they are in says: another country's people there crossed a
    /// border ("5,000 displaced Syrians in Lebanon", "5 000 déplacés syriens au Liban",
    /// "5.000 desplazados sirios en Líbano", "5000 نازح سوري في لبنان": refugees; they had read
    /// as idps), a country's own people in it did not ("5000 نازح سوري في سوريا": idps). The
    /// nationality within the four words after the figure, the place right after it and the
    /// words of people between (``nationalityFillers``); nil when no country is named ("in
    /// Idlib": the nouns' rule as before) or the people's word may name two countries ("South
    /// Sudanese").
    /// phrases12 (review52 F3, F9, silent): also "of the" between ("5000 من النازحين السوريين
    /// في لبنان", "5000 نازح من السوريين"), a group of the people ("Syrian Kurds", "Syrian
    /// women and children"), a comma or camps before the place ("5,000 displaced Syrians, in
    /// Lebanon", "in camps in Lebanon", "في مخيمات لبنان") and the host country before the
    /// figure ("Lebanon hosts 5,000 displaced Syrians"). Two peoples or two countries whose
    /// kinds differ ("5,000 displaced Lebanese and Syrians in Lebanon", "5,000 displaced
    /// Syrians in Lebanon and Syria") are kind "mixed": neither measure takes the whole.
    func nationalityPlace(_ finding: Finding) -> (kind: String, range: Range<Int>, words: Range<Int>)? {
        // A noun of a kind of the displaced says it first ("5,000 Syrian refugees in Syria").
        guard displacementKindsNamed(finding).isEmpty else { return nil }
        var k = finding.end
        var people: String?
        // phrases11 (review52 F2): "South Sudanese", "sud-soudanais", "جنوب سوداني" are the
        // people of South Sudan, judged by the same rule ("5,000 displaced South Sudanese in
        // Sudan": refugees; "in South Sudan": idps).
        var southern = false
        var peopleStart: Int?
        func hyphen(_ i: Int) -> Bool { isPunctuation("-", at: i) || isSymbol("-", at: i) || isDash(at: i) }
        let ofWords: Set<String> = ["من", "of", "the"]
        while k < finding.end + 5, k < tokens.count, let w = word(at: k) {
            if let c = peopleCountry(at: k) { people = c; break }
            if ["south", "sud", "جنوب"].contains(w) {
                let n = hyphen(k + 1) ? k + 2 : k + 1
                if let c = word(at: n).flatMap({ CountryWords.peopleByWord[$0] }) {
                    guard c == "sudan" else { return nil }
                    people = "south sudan"
                    southern = true
                    k = n
                    break
                }
            }
            // phrases12: "Central Africans" (two words).
            if w == "central", word(at: k + 1).map({ ["african", "africans"].contains($0) }) == true {
                people = "central african republic"
                southern = true
                peopleStart = k
                k += 1
                break
            }
            guard PhraseReader.nationalityFillers.contains(w) || ofWords.contains(w) else { return nil }
            k += 1
        }
        guard let country = people, southern || !["south", "sud", "sur", "north", "nord", "norte", "جنوب", "شمال"].contains(word(at: k - 1) ?? ""),
              !hyphen(k + 1) else { return nil }
        // "Sudanese-South Sudanese" (the hyphen before the word).
        if !southern, isPunctuation("-", at: k - 1) || isSymbol("-", at: k - 1) { return nil }
        guard let own = CountryWords.row(of: country.split(separator: " ").map(String.init)) else { return nil }
        // The peoples of the figure: a second one after "and" ("Lebanese and Syrians",
        // "libanais et syriens", "سوري ولبناني").
        var peoples: Set<Int> = [own]
        var j = k + 1
        while j < k + 8, j < tokens.count {
            guard let w = word(at: j) else {
                if isPunctuation(",", at: j), word(at: j + 1).map({ PhraseReader.nationalityPlaceLeads.contains($0) || $0 == "على" }) == true { j += 1; continue }
                break
            }
            if PhraseReader.nationalityFillers.contains(w) || PhraseReader.nationalityGroupWords.contains(w) || vocab.andWords.contains(w) { j += 1; continue }
            if let c = peopleCountry(at: j) ?? (w.hasPrefix("و") ? CountryWords.peopleByWord[String(w.dropFirst())] : nil) {
                if let r = CountryWords.row(of: c.split(separator: " ").map(String.init)) { peoples.insert(r) }
                j += 1
                continue
            }
            break
        }
        func kind(ofPlace row: Int) -> String {
            if peoples.count == 1 { return row == own ? "idps" : "refugees" }
            return peoples.contains(row) ? "mixed" : "refugees"
        }
        guard let lead = word(at: j), PhraseReader.nationalityPlaceLeads.contains(lead) || lead == "على" else {
            // The host country before the figure: "Lebanon hosts 5,000 displaced Syrians",
            // "استقبل لبنان 5000 نازح سوري", "Lebanon has received 5,000 displaced Syrians".
            var i = max(0, finding.start - 5)
            while i < finding.start {
                if let end = countryEnd(at: i), end <= finding.start, let row = CountryWords.row(of: (i..<end).compactMap { word(at: $0) }) {
                    let between = (end..<finding.start).compactMap { word(at: $0) }
                    let before = i > 0 ? word(at: i - 1) : nil
                    let verbAfter = between.contains(where: PhraseReader.hostingVerbs.contains)
                        && between.allSatisfy { PhraseReader.hostingVerbs.contains($0) || ["has", "have", "now", "already", "a", "ha", "ya", "já"].contains($0) }
                    let verbBefore = between.isEmpty && before.map(PhraseReader.hostingVerbs.contains) == true
                    if verbAfter || verbBefore {
                        return (kind(ofPlace: row), (verbBefore ? i - 1 : i)..<k + 1, (verbBefore ? i - 1 : i)..<k + 1)
                    }
                }
                i += 1
            }
            return nil
        }
        var e = j + 1
        // phrases11 (review52 F2, silent): a country whose name opens with a direction is
        // read whole ("in South Sudan", "في جنوب السودان" had matched "Sudan" inside it).
        // phrases12: camps before the country ("in camps in Lebanon", "في مخيمات لبنان"),
        // the land of a country by its adjective ("في الأراضي اللبنانية").
        while e < j + 6, countryEnd(at: e) == nil, isPunctuation("'", at: e) || word(at: e).map({ PhraseReader.destinationFillers.contains($0) || PhraseReader.directionAdjectives.contains($0)
                || PhraseReader.campWords.contains($0) || PhraseReader.nationalityPlaceLeads.contains($0)
                || ["nord", "sud", "est", "ouest", "norte", "sur", "este", "oeste", "du", "de", "del", "of", "do", "da", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "دولة", "des",
                    "الاراضي", "الأراضي", "اراضي", "أراضي"].contains($0) }) == true {
            e += 1
        }
        var end: Int
        var row: Int
        if let ce = countryEnd(at: e), let r = CountryWords.row(of: (e..<ce).compactMap { word(at: $0) }) {
            end = ce
            row = r
        } else if ["الاراضي", "الأراضي", "اراضي", "أراضي"].contains(word(at: e - 1) ?? ""), let c = peopleCountry(at: e),
                  let r = CountryWords.row(of: c.split(separator: " ").map(String.init)) {
            end = e + 1
            row = r
        } else {
            return nil
        }
        // "Congolese" are of either Congo: in one of them, which cannot be told.
        // In the DRC they are most likely its own ("5,000 displaced Congolese in the DRC").
        if own == CountryWords.row(of: ["democratic", "republic", "of", "the", "congo"]), row == CountryWords.row(of: ["congo"]) { return nil }
        var result = kind(ofPlace: row)
        // A second country after "and" ("in Lebanon and Syria", "في لبنان وسوريا").
        var n = end
        if let w = word(at: n), vocab.andWords.contains(w) { n += 1 }
        let second: Int? = {
            if n > end, let ce = countryEnd(at: n) { return CountryWords.row(of: (n..<ce).compactMap { word(at: $0) }) }
            if n == end, let w = word(at: n), w.hasPrefix("و") { return CountryWords.row(of: [String(w.dropFirst())]) }
            return nil
        }()
        if let s = second, s != row {
            let other = kind(ofPlace: s)
            if other != result { result = "mixed" }
            end = n > end ? (countryEnd(at: n) ?? n + 1) : n + 1
        }
        return (result, finding.start..<end, (peopleStart ?? k)..<end)
    }

    /// Words that say the number after them is a part of the figure's people ("including
    /// 2,000", "of whom 2,000", "among them 2,000", "dont 2 000", "de los cuales 2.000",
    /// "بينهم 2000").
    static let partitiveWords: Set<String> = [
        "including", "incl", "whom", "among", "amongst", "mostly", "dont", "parmi", "lesquels", "lesquelles", "compris", "notamment",
        "cuales", "incluidos", "incluidas", "incluyendo", "ellos", "ellas", "entre", "بينهم", "منهم", "بينها", "منها",
        "incluindo", "inclusive", "quais",
    ]

    /// phrases9 (silent): a part of the figure's people said to have crossed a border
    /// ("5,000 people fled, including 2,000 to Chad", "of whom 2,000 to Chad", "among them 2,000
    /// who reached Chad", "dont 2 000 vers le Tchad", "de los cuales 2.000 a Chad", "فر 5000 شخص
    /// بينهم 2000 إلى تشاد" read 5,000 under idps): the figure is not all idps, and only the part
    /// is refugees. Kind "part", the words of the part; nil when the part names no place
    /// across a border ("including 2,000 children", "including 2,000 to Aleppo").
    func partAcrossBorder(_ finding: Finding) -> (kind: String, range: Range<Int>, words: Range<Int>)? {
        var k = finding.end
        var sawPartitive = false
        while k < finding.end + 12, k < tokens.count {
            if case .number = tokens[k].kind {
                var a = k
                while a < tokens.count, { if case .number = tokens[a].kind { return true }; return false }() { a += 1 }
                // phrases12 (review52 F4, silent): "2,000 of them to Chad", "2 000 d'entre eux
                // vers le Tchad", "2.000 de ellos a Chad", "2000 منهم إلى تشاد".
                if !sawPartitive {
                    let after = (a..<min(tokens.count, a + 4)).compactMap { word(at: $0) }
                    let ofThem = after.first == "of" && after.dropFirst().first.map({ ["them", "whom", "those"].contains($0) }) == true
                        || after.first == "d" && after.dropFirst().first == "entre"
                        || after.first == "de" && after.dropFirst().first.map({ ["ellos", "ellas"].contains($0) }) == true
                        || after.first.map({ ["منهم", "بينهم", "deles", "delas"].contains($0) }) == true
                    guard ofThem else { return nil }
                }
                var m = a
                while m < a + 6, m < tokens.count {
                    if case .number = tokens[m].kind { return nil }
                    if let w = word(at: m) {
                        if PhraseReader.fleeingClauseOpeners.contains(w) && w != "who" && w != "that" || vocab.andWords.contains(w) { return nil }
                        let crossing = ["crossed", "across", "over", "cross", "cruzaron", "cruzado", "traversé", "franchi", "عبروا", "عبر",
                                        "atravessaram", "cruzaram", "através"].contains(w)
                        let lead = PhraseReader.destinationLeads.contains(w) || PhraseReader.laterDestinationLeads.contains(w) || crossing
                            || PhraseReader.refugeLeads.contains(w) || ["reached", "entered", "arrived", "atteint", "gagné", "llegaron", "وصلوا", "دخلوا",
                                                                                                "chegaram", "entraram", "alcançaram"].contains(w)
                        if lead {
                            var e = m + 1
                            while e < m + 4, isPunctuation("'", at: e) || word(at: e).map({ PhraseReader.destinationFillers.contains($0) || ["in", "into", "en", "a", "ao", "à", "da"].contains($0) }) == true { e += 1 }
                            // phrases12 (review52 F4): "including 2,000 who crossed the border",
                            // "including 2,000 across the border".
                            if crossing, word(at: e).map(PhraseReader.borderWords.contains) == true {
                                return ("part", finding.start..<(e + 1), k..<(e + 1))
                            }
                            if let end = countryEnd(at: e), !placeInCountry(after: end) {
                                return ("part", finding.start..<end, k..<end)
                            }
                            if PhraseReader.abroadWords.contains(word(at: e) ?? "") || isLeadAcross(m) {
                                return ("part", finding.start..<(e + 1), k..<(e + 1))
                            }
                        }
                    } else if case .punctuation(let p) = tokens[m].kind, p != "'" { return nil }
                    m += 1
                }
                return nil
            }
            if let w = word(at: k) {
                if PhraseReader.partitiveWords.contains(w) { sawPartitive = true }
            } else if case .punctuation(let p) = tokens[k].kind, p == "." || p == ";" { return nil }
            k += 1
        }
        return nil
    }

    /// Whether the preposition at `m` opens a destination across a border by itself ("across
    /// the border").
    private func isLeadAcross(_ m: Int) -> Bool {
        guard let d = destination(from: m, start: m, refuge: PhraseReader.refugeLeads.contains(word(at: m) ?? "")) else { return false }
        return d.kind == "refugees"
    }
}
