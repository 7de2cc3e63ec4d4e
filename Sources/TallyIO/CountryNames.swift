/// The country names tally knows, to tell a joint region written with a comma, a
/// slash, `&`, `+` or `and` (`Iraq, Syria`, `Iraq/Syria`, `Iraq and Syria`) from one
/// country whose name holds one of them (`Bosnia and Herzegovina`, `Korea, Republic
/// of`, `Congo, Democratic Republic of the`).
///
/// A value is read as a joint region only when it is not itself a name here and every
/// part is one (``KeyKind/canonical(_:)``): a name missing from this list is left as
/// written, never split. The list holds the names and usual variants of UCDP GED, ACLED,
/// ISO 3166 short names (also in their inverted `Name, qualifier` form) and the World
/// Bank, compared without case and with runs of spaces as one.
enum CountryNames {
    /// Whether `name` (already trimmed, spaces collapsed) is a country tally knows.
    static func isKnown(_ name: String) -> Bool { known.contains(folded(name)) }

    /// Lower case, `’` as `'`, for comparison only (the value keeps its spelling).
    static func folded(_ name: String) -> String {
        // Turkish capital İ lowers to i and a combining dot (U+0307): "TÜRKİYE" is Türkiye
        // (review20b J3: two groups, 7 and 5).
        name.lowercased().replacingOccurrences("\u{2019}", "'").replacingOccurrences("i\u{0307}", "i")
    }

    static let known: Set<String> = Set(names.map(folded))

    /// The list's spelling of a name it holds written otherwise in letter case (or with
    /// `’` for `'`): `IRAQ`, `iraq` → `Iraq`, `SYRIE` → `Syrie`; nil for a name it does not
    /// hold. The first spelling listed wins (`Eswatini` → `eSwatini`). Key values of
    /// `country` are brought to it, alone and as members of a joint region
    /// (``KeyKind/canonical(_:)``), so `IRAQ;SYRIA` and `Iraq;Syria` are one group, as
    /// `IRAQ` and `Iraq` are.
    static func spelling(_ name: String) -> String? { spellings[folded(name)] }

    static let spellings: [String: String] = {
        var d: [String: String] = [:]
        for n in names where d[folded(n)] == nil { d[folded(n)] = n }
        return d
    }()

    /// Optimal string alignment distance of `a` and `b` is exactly 1.
    static func oneEditApart(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        guard a != b else { return false }
        var prefix = 0
        while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
        let ra = a[prefix...], rb = b[prefix...]
        if a.count == b.count {
            // One replaced, or two neighbours swapped.
            if ra.dropFirst().elementsEqual(rb.dropFirst()) { return true }
            return ra.count >= 2 && ra.first == rb.dropFirst().first && rb.first == ra.dropFirst().first
                && ra.dropFirst(2).elementsEqual(rb.dropFirst(2))
        }
        // One added or dropped.
        return a.count > b.count ? ra.dropFirst().elementsEqual(rb) : rb.dropFirst().elementsEqual(ra)
    }

    private static let names: [String] = [
        "Afghanistan", "Albania", "Algeria", "American Samoa", "Andorra", "Angola", "Anguilla",
        "Antarctica", "Antigua and Barbuda", "Argentina", "Armenia", "Aruba", "Australia", "Austria",
        "Azerbaijan", "Bahamas", "The Bahamas", "Bahamas, The", "Bahrain", "Bangladesh", "Barbados",
        "Belarus", "Belgium", "Belize", "Benin", "Bermuda", "Bhutan", "Bolivia",
        "Bolivia, Plurinational State of", "Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia",
        "Botswana", "Brazil", "British Virgin Islands", "Virgin Islands, British", "Brunei",
        "Brunei Darussalam", "Bulgaria", "Burkina Faso", "Burundi", "Cabo Verde", "Cape Verde",
        "Cambodia", "Cambodia (Kampuchea)", "Cameroon", "Canada", "Cayman Islands",
        "Central African Republic", "Chad", "Chile", "China", "Colombia", "Comoros", "Congo",
        "Republic of Congo", "Republic of the Congo", "Congo, Republic of the", "Congo, Rep.",
        "Congo-Brazzaville", "Congo (Brazzaville)", "Democratic Republic of Congo",
        "Democratic Republic of the Congo", "Congo, Democratic Republic of the", "Congo, Dem. Rep.",
        "Congo, The Democratic Republic of the", "DR Congo", "DR Congo (Zaire)", "DRC", "Congo-Kinshasa",
        "Congo (Kinshasa)", "Zaire", "Cook Islands", "Costa Rica", "Cote d'Ivoire", "Côte d'Ivoire",
        "Ivory Coast", "Croatia", "Cuba", "Curacao", "Curaçao", "Cyprus", "Northern Cyprus",
        "Czech Republic", "Czechia", "Czechoslovakia", "Denmark", "Djibouti", "Dominica",
        "Dominican Republic", "East Timor", "Timor-Leste", "Ecuador", "Egypt", "Egypt, Arab Rep.",
        "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "eSwatini", "Eswatini", "Swaziland",
        "Ethiopia", "Falkland Islands", "Faroe Islands", "Fiji", "Finland", "France", "French Guiana",
        "French Polynesia", "Gabon", "Gambia", "The Gambia", "Gambia, The", "Georgia", "Germany",
        "East Germany", "West Germany", "Ghana", "Gibraltar", "Greece", "Greenland", "Grenada",
        "Guadeloupe", "Guam", "Guatemala", "Guernsey", "Guinea", "Guinea-Bissau", "Guyana", "Haiti",
        "Holy See", "Vatican", "Honduras", "Hong Kong", "Hungary", "Iceland", "India", "Indonesia",
        "Iran", "Iran, Islamic Republic of", "Iran, Islamic Rep.", "Iraq", "Ireland", "Isle of Man",
        "Israel", "Italy", "Jamaica", "Japan", "Jersey", "Jordan", "Kazakhstan", "Kenya", "Kiribati",
        "Kosovo", "Kuwait", "Kyrgyzstan", "Kyrgyz Republic", "Laos", "Lao PDR",
        "Lao People's Democratic Republic", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya",
        "Liechtenstein", "Lithuania", "Luxembourg", "Macao", "Macau", "Madagascar",
        "Madagascar (Malagasy)", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Marshall Islands",
        "Martinique", "Mauritania", "Mauritius", "Mayotte", "Mexico", "Micronesia",
        "Micronesia, Federated States of", "Micronesia, Fed. Sts.", "Moldova", "Moldova, Republic of",
        "Republic of Moldova", "Monaco", "Mongolia", "Montenegro", "Montserrat", "Morocco",
        "Mozambique", "Myanmar", "Burma", "Myanmar (Burma)", "Namibia", "Nauru", "Nepal",
        "Netherlands", "The Netherlands", "New Caledonia", "New Zealand", "Nicaragua", "Niger",
        "Nigeria", "Niue", "North Korea", "Korea, Democratic People's Republic of", "Korea, Dem. People's Rep.",
        "Korea, North", "Democratic People's Republic of Korea", "DPRK", "North Macedonia", "Macedonia",
        "Macedonia, FYR", "Northern Mariana Islands", "Norway", "Oman", "Pakistan", "Palau",
        "Palestine", "State of Palestine", "Palestine, State of", "Palestinian Territory",
        "West Bank and Gaza", "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines",
        "Poland", "Portugal", "Puerto Rico", "Qatar", "Reunion", "Réunion", "Romania", "Russia",
        "Russia (Soviet Union)", "Russian Federation", "Soviet Union", "USSR", "Rwanda",
        "Saint Kitts and Nevis", "St. Kitts and Nevis", "Saint Lucia", "St. Lucia",
        "Saint Vincent and the Grenadines", "St. Vincent and the Grenadines", "Samoa", "San Marino",
        "Sao Tome and Principe", "São Tomé and Príncipe", "Saudi Arabia", "Senegal", "Serbia",
        "Serbia (Yugoslavia)", "Yugoslavia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia",
        "Slovak Republic", "Slovenia", "Solomon Islands", "Somalia", "Somaliland", "South Africa",
        "South Korea", "Korea, Republic of", "Korea, Rep.", "Korea, South", "Republic of Korea",
        "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria",
        "Syrian Arab Republic", "Taiwan", "Tajikistan", "Tanzania", "Tanzania, United Republic of",
        "United Republic of Tanzania", "Thailand", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia",
        "Turkey", "Türkiye", "Turkiye", "Turkmenistan", "Turks and Caicos Islands", "Tuvalu", "Uganda",
        "Ukraine", "United Arab Emirates", "UAE", "United Kingdom", "UK", "Great Britain",
        "United States", "United States of America", "USA", "US", "Uruguay", "Uzbekistan", "Vanuatu",
        "Venezuela", "Venezuela, Bolivarian Republic of", "Venezuela, RB", "Vietnam", "Viet Nam",
        "Vietnam (North Vietnam)", "South Vietnam", "Virgin Islands, U.S.", "US Virgin Islands",
        "Wallis and Futuna", "Western Sahara", "Yemen", "Yemen, Rep.", "Yemen (North Yemen)",
        "South Yemen", "Zambia", "Zimbabwe", "Zimbabwe (Rhodesia)", "Rhodesia",
        // One state whose parts are names here too: never split.
        "Serbia and Montenegro", "Serbia & Montenegro", "Hong Kong, China", "Hong Kong SAR, China",
        "Macao, China", "Macao SAR, China", "Macau, China", "Taiwan, China", "Taiwan, Province of China",
        "China, Hong Kong SAR", "China, Macao SAR", "China, Taiwan Province of",
        // The names in French, Spanish, Portuguese, Italian and German of countries in
        // conflict data: many are one letter from the English name (`Syrie`, `Irak`,
        // `Siria`, `Libye`, `Soudan`, `Yémen`), and the joint-region slip rule
        // (``JointRegionSlips``) must not refuse `Irak;Syrie` beside `Iraq;Syria`.
        "Afganistán", "Afeganistão", "Albanie", "Algérie", "Argelia", "Argélia", "Algerien", "Arménie",
        "Armenien", "Azerbaïdjan", "Aserbaidschan", "Bangladés", "Bangladesch", "Biélorussie", "Bielorrusia",
        "Bolivie", "Bolívia", "Bolivien", "Bosnie-Herzégovine", "Bosnia y Herzegovina", "Bósnia e Herzegovina",
        "Bosnien und Herzegowina", "Brésil", "Brasil", "Brasilien", "Burkina", "Birmanie", "Birmania", "Birmânia",
        "Cambodge", "Camboya", "Camboja", "Kambodscha", "Cameroun", "Camerún", "Camarões", "Kamerun",
        "République centrafricaine", "Centrafrique", "República Centroafricana", "República Centro-Africana",
        "Zentralafrikanische Republik", "Tchad", "Chade", "Tschad", "Chili", "Chine", "Colombie", "Colômbia",
        "Kolumbien", "Comores", "Congo-Kinshasa", "République démocratique du Congo", "RD Congo", "RDC",
        "República Democrática del Congo", "República Democrática do Congo", "Demokratische Republik Kongo",
        "Kongo", "Côte-d'Ivoire", "Costa de Marfil", "Costa do Marfim", "Elfenbeinküste", "Croatie", "Croacia",
        "Kroatien", "Chypre", "Chipre", "Zypern", "Djibouti", "Yibuti", "Dschibuti", "Égypte", "Egipto", "Egito",
        "Ägypten", "Érythrée", "Eritrea", "Éthiopie", "Etiopía", "Etiópia", "Äthiopien", "Géorgie", "Georgien",
        "Guinée", "Guinée-Bissau", "Haïti", "Haití", "Inde", "Indonésie", "Irak", "Iraque", "Irán", "Irã", "Israël",
        "Jordanie", "Jordania", "Jordânia", "Jordanien", "Kenya", "Kenia", "Quênia", "Kosova", "Liban", "Líbano",
        "Libanon", "Libéria", "Libye", "Libia", "Líbia", "Libyen", "Madagascar", "Malí", "Mauritanie",
        "Mauritania", "Mauritânia", "Mauretanien", "Mexique", "México", "Mexiko", "Moldavie", "Moldavia",
        "Maroc", "Marruecos", "Marrocos", "Marokko", "Mozambique", "Moçambique", "Mosambik", "Népal",
        "Nigéria", "Níger", "Nigéria", "Ouganda", "Pakistán", "Paquistão", "Palestina", "Palästina",
        "Pérou", "Perú", "Philippines", "Filipinas", "Philippinen", "Russie", "Rusia", "Rússia", "Russland",
        "Ruanda", "Arabie saoudite", "Arabia Saudita", "Arábia Saudita", "Saudi-Arabien", "Sénégal",
        "Senegal", "Serbie", "Serbien", "Sierra Leona", "Somalie", "Somália", "Soudan", "Sudán", "Sudão",
        "Soudan du Sud", "Sudán del Sur", "Sudão do Sul", "Südsudan", "Sri Lanka", "Syrie", "Siria", "Síria",
        "Syrien", "Tadjikistan", "Tayikistán", "Tadschikistan", "Tanzanie", "Tanzania", "Tansania",
        "Thaïlande", "Tailandia", "Tailândia", "Tunisie", "Túnez", "Tunísia", "Tunesien", "Turquie",
        "Turquía", "Turquia", "Türkei", "Ukraine", "Ucrania", "Ucrânia", "Ouzbékistan", "Venezuela",
        "Viêt Nam", "Yémen", "Iémen", "Jemen", "Zambie", "Zimbabue", "Simbabwe",
        // Italian names not spelt as above.
        "Etiopia", "Camerun", "Ciad", "Libano", "Giordania", "Egitto", "Turchia", "Israele", "Ucraina",
        "Repubblica Centrafricana", "Repubblica Democratica del Congo", "Sudan del Sud", "Costa d'Avorio",
    ]
}
