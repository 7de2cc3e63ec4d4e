/// ISO 3166-1 country codes as spellings of their country (review30 S13, review31 S10):
/// HDX HAPI's `location_code`, ACLED's `iso3` and many monitors' sheets key countries by
/// them, so `SYR` beside `Syria` had been two groups, and a HAPI table beside records
/// coded `SDN` was read beside them, doubled. Codes are read only in capitals (`SYR`,
/// `SY`; `Syr` is no code), and only as a whole value or a member of a joint region
/// written with a separator (`SYR;IRQ`, `SYR/IRQ`), never as a word of a value parted by
/// spaces (`IRAQ AND SYRIA` holds no Andorra). A country's own code in brackets after its
/// name is that country (`Syria (SY)`, `Syria [SYR]`, `Iraq (IRQ)`). docs/spec.md, "Key
/// values", says which two-letter codes are not read bare (``ambiguousAlpha2``).
///
/// The table is ISO 3166-1 as the Debian iso-codes package ships it
/// (/usr/share/iso-codes/json/iso_3166-1.json): alpha-3, alpha-2, then the names it
/// gives, `|`-separated; a code is the country the first of its names that tally's list
/// holds names (``CountryNames/spelling(_:)``).
enum CountryCodes {
    static let table: [String] = [
        "ABW AW Aruba",
        "AFG AF Afghanistan|Islamic Republic of Afghanistan",
        "AGO AO Angola|Republic of Angola",
        "AIA AI Anguilla",
        "ALA AX Åland Islands",
        "ALB AL Albania|Republic of Albania",
        "AND AD Andorra|Principality of Andorra",
        "ARE AE United Arab Emirates",
        "ARG AR Argentina|Argentine Republic",
        "ARM AM Armenia|Republic of Armenia",
        "ASM AS American Samoa",
        "ATA AQ Antarctica",
        "ATF TF French Southern Territories",
        "ATG AG Antigua and Barbuda",
        "AUS AU Australia",
        "AUT AT Austria|Republic of Austria",
        "AZE AZ Azerbaijan|Republic of Azerbaijan",
        "BDI BI Burundi|Republic of Burundi",
        "BEL BE Belgium|Kingdom of Belgium",
        "BEN BJ Benin|Republic of Benin",
        "BES BQ Bonaire, Sint Eustatius and Saba|Bonaire, Sint Eustatius and Saba",
        "BFA BF Burkina Faso",
        "BGD BD Bangladesh|People's Republic of Bangladesh",
        "BGR BG Bulgaria|Republic of Bulgaria",
        "BHR BH Bahrain|Kingdom of Bahrain",
        "BHS BS Bahamas|Commonwealth of the Bahamas",
        "BIH BA Bosnia and Herzegovina|Republic of Bosnia and Herzegovina",
        "BLM BL Saint Barthélemy",
        "BLR BY Belarus|Republic of Belarus",
        "BLZ BZ Belize",
        "BMU BM Bermuda",
        "BOL BO Bolivia, Plurinational State of|Bolivia|Plurinational State of Bolivia",
        "BRA BR Brazil|Federative Republic of Brazil",
        "BRB BB Barbados",
        "BRN BN Brunei Darussalam",
        "BTN BT Bhutan|Kingdom of Bhutan",
        "BVT BV Bouvet Island",
        "BWA BW Botswana|Republic of Botswana",
        "CAF CF Central African Republic",
        "CAN CA Canada",
        "CCK CC Cocos (Keeling) Islands",
        "CHE CH Switzerland|Swiss Confederation",
        "CHL CL Chile|Republic of Chile",
        "CHN CN China|People's Republic of China",
        "CIV CI Côte d'Ivoire|Republic of Côte d'Ivoire",
        "CMR CM Cameroon|Republic of Cameroon",
        "COD CD Congo, The Democratic Republic of the",
        "COG CG Congo|Republic of the Congo",
        "COK CK Cook Islands",
        "COL CO Colombia|Republic of Colombia",
        "COM KM Comoros|Union of the Comoros",
        "CPV CV Cabo Verde|Republic of Cabo Verde",
        "CRI CR Costa Rica|Republic of Costa Rica",
        "CUB CU Cuba|Republic of Cuba",
        "CUW CW Curaçao|Curaçao",
        "CXR CX Christmas Island",
        "CYM KY Cayman Islands",
        "CYP CY Cyprus|Republic of Cyprus",
        "CZE CZ Czechia|Czech Republic",
        "DEU DE Germany|Federal Republic of Germany",
        "DJI DJ Djibouti|Republic of Djibouti",
        "DMA DM Dominica|Commonwealth of Dominica",
        "DNK DK Denmark|Kingdom of Denmark",
        "DOM DO Dominican Republic",
        "DZA DZ Algeria|People's Democratic Republic of Algeria",
        "ECU EC Ecuador|Republic of Ecuador",
        "EGY EG Egypt|Arab Republic of Egypt",
        "ERI ER Eritrea|the State of Eritrea",
        "ESH EH Western Sahara",
        "ESP ES Spain|Kingdom of Spain",
        "EST EE Estonia|Republic of Estonia",
        "ETH ET Ethiopia|Federal Democratic Republic of Ethiopia",
        "FIN FI Finland|Republic of Finland",
        "FJI FJ Fiji|Republic of Fiji",
        "FLK FK Falkland Islands (Malvinas)",
        "FRA FR France|French Republic",
        "FRO FO Faroe Islands",
        "FSM FM Micronesia, Federated States of|Federated States of Micronesia",
        "GAB GA Gabon|Gabonese Republic",
        "GBR GB United Kingdom|United Kingdom of Great Britain and Northern Ireland",
        "GEO GE Georgia",
        "GGY GG Guernsey",
        "GHA GH Ghana|Republic of Ghana",
        "GIB GI Gibraltar",
        "GIN GN Guinea|Republic of Guinea",
        "GLP GP Guadeloupe",
        "GMB GM Gambia|Republic of the Gambia",
        "GNB GW Guinea-Bissau|Republic of Guinea-Bissau",
        "GNQ GQ Equatorial Guinea|Republic of Equatorial Guinea",
        "GRC GR Greece|Hellenic Republic",
        "GRD GD Grenada",
        "GRL GL Greenland",
        "GTM GT Guatemala|Republic of Guatemala",
        "GUF GF French Guiana",
        "GUM GU Guam",
        "GUY GY Guyana|Republic of Guyana",
        "HKG HK Hong Kong|Hong Kong Special Administrative Region of China",
        "HMD HM Heard Island and McDonald Islands",
        "HND HN Honduras|Republic of Honduras",
        "HRV HR Croatia|Republic of Croatia",
        "HTI HT Haiti|Republic of Haiti",
        "HUN HU Hungary|Hungary",
        "IDN ID Indonesia|Republic of Indonesia",
        "IMN IM Isle of Man",
        "IND IN India|Republic of India",
        "IOT IO British Indian Ocean Territory",
        "IRL IE Ireland",
        "IRN IR Iran, Islamic Republic of|Iran|Islamic Republic of Iran",
        "IRQ IQ Iraq|Republic of Iraq",
        "ISL IS Iceland|Republic of Iceland",
        "ISR IL Israel|State of Israel",
        "ITA IT Italy|Italian Republic",
        "JAM JM Jamaica",
        "JEY JE Jersey",
        "JOR JO Jordan|Hashemite Kingdom of Jordan",
        "JPN JP Japan",
        "KAZ KZ Kazakhstan|Republic of Kazakhstan",
        "KEN KE Kenya|Republic of Kenya",
        "KGZ KG Kyrgyzstan|Kyrgyz Republic",
        "KHM KH Cambodia|Kingdom of Cambodia",
        "KIR KI Kiribati|Republic of Kiribati",
        "KNA KN Saint Kitts and Nevis",
        "KOR KR Korea, Republic of|South Korea",
        "KWT KW Kuwait|State of Kuwait",
        "LAO LA Lao People's Democratic Republic|Laos",
        "LBN LB Lebanon|Lebanese Republic",
        "LBR LR Liberia|Republic of Liberia",
        "LBY LY Libya|Libya",
        "LCA LC Saint Lucia",
        "LIE LI Liechtenstein|Principality of Liechtenstein",
        "LKA LK Sri Lanka|Democratic Socialist Republic of Sri Lanka",
        "LSO LS Lesotho|Kingdom of Lesotho",
        "LTU LT Lithuania|Republic of Lithuania",
        "LUX LU Luxembourg|Grand Duchy of Luxembourg",
        "LVA LV Latvia|Republic of Latvia",
        "MAC MO Macao|Macao Special Administrative Region of China",
        "MAF MF Saint Martin (French part)",
        "MAR MA Morocco|Kingdom of Morocco",
        "MCO MC Monaco|Principality of Monaco",
        "MDA MD Moldova, Republic of|Moldova|Republic of Moldova",
        "MDG MG Madagascar|Republic of Madagascar",
        "MDV MV Maldives|Republic of Maldives",
        "MEX MX Mexico|United Mexican States",
        "MHL MH Marshall Islands|Republic of the Marshall Islands",
        "MKD MK North Macedonia|Republic of North Macedonia",
        "MLI ML Mali|Republic of Mali",
        "MLT MT Malta|Republic of Malta",
        "MMR MM Myanmar|Republic of Myanmar",
        "MNE ME Montenegro|Montenegro",
        "MNG MN Mongolia",
        "MNP MP Northern Mariana Islands|Commonwealth of the Northern Mariana Islands",
        "MOZ MZ Mozambique|Republic of Mozambique",
        "MRT MR Mauritania|Islamic Republic of Mauritania",
        "MSR MS Montserrat",
        "MTQ MQ Martinique",
        "MUS MU Mauritius|Republic of Mauritius",
        "MWI MW Malawi|Republic of Malawi",
        "MYS MY Malaysia",
        "MYT YT Mayotte",
        "NAM NA Namibia|Republic of Namibia",
        "NCL NC New Caledonia",
        "NER NE Niger|Republic of the Niger",
        "NFK NF Norfolk Island",
        "NGA NG Nigeria|Federal Republic of Nigeria",
        "NIC NI Nicaragua|Republic of Nicaragua",
        "NIU NU Niue|Niue",
        "NLD NL Netherlands|Kingdom of the Netherlands",
        "NOR NO Norway|Kingdom of Norway",
        "NPL NP Nepal|Federal Democratic Republic of Nepal",
        "NRU NR Nauru|Republic of Nauru",
        "NZL NZ New Zealand",
        "OMN OM Oman|Sultanate of Oman",
        "PAK PK Pakistan|Islamic Republic of Pakistan",
        "PAN PA Panama|Republic of Panama",
        "PCN PN Pitcairn",
        "PER PE Peru|Republic of Peru",
        "PHL PH Philippines|Republic of the Philippines",
        "PLW PW Palau|Republic of Palau",
        "PNG PG Papua New Guinea|Independent State of Papua New Guinea",
        "POL PL Poland|Republic of Poland",
        "PRI PR Puerto Rico",
        "PRK KP Korea, Democratic People's Republic of|North Korea|Democratic People's Republic of Korea",
        "PRT PT Portugal|Portuguese Republic",
        "PRY PY Paraguay|Republic of Paraguay",
        "PSE PS Palestine, State of|the State of Palestine",
        "PYF PF French Polynesia",
        "QAT QA Qatar|State of Qatar",
        "REU RE Réunion",
        "ROU RO Romania",
        "RUS RU Russian Federation",
        "RWA RW Rwanda|Rwandese Republic",
        "SAU SA Saudi Arabia|Kingdom of Saudi Arabia",
        "SDN SD Sudan|Republic of the Sudan",
        "SEN SN Senegal|Republic of Senegal",
        "SGP SG Singapore|Republic of Singapore",
        "SGS GS South Georgia and the South Sandwich Islands",
        "SHN SH Saint Helena, Ascension and Tristan da Cunha",
        "SJM SJ Svalbard and Jan Mayen",
        "SLB SB Solomon Islands",
        "SLE SL Sierra Leone|Republic of Sierra Leone",
        "SLV SV El Salvador|Republic of El Salvador",
        "SMR SM San Marino|Republic of San Marino",
        "SOM SO Somalia|Federal Republic of Somalia",
        "SPM PM Saint Pierre and Miquelon",
        "SRB RS Serbia|Republic of Serbia",
        "SSD SS South Sudan|Republic of South Sudan",
        "STP ST Sao Tome and Principe|Democratic Republic of Sao Tome and Principe",
        "SUR SR Suriname|Republic of Suriname",
        "SVK SK Slovakia|Slovak Republic",
        "SVN SI Slovenia|Republic of Slovenia",
        "SWE SE Sweden|Kingdom of Sweden",
        "SWZ SZ Eswatini|Kingdom of Eswatini",
        "SXM SX Sint Maarten (Dutch part)|Sint Maarten (Dutch part)",
        "SYC SC Seychelles|Republic of Seychelles",
        "SYR SY Syrian Arab Republic|Syria",
        "TCA TC Turks and Caicos Islands",
        "TCD TD Chad|Republic of Chad",
        "TGO TG Togo|Togolese Republic",
        "THA TH Thailand|Kingdom of Thailand",
        "TJK TJ Tajikistan|Republic of Tajikistan",
        "TKL TK Tokelau",
        "TKM TM Turkmenistan",
        "TLS TL Timor-Leste|Democratic Republic of Timor-Leste",
        "TON TO Tonga|Kingdom of Tonga",
        "TTO TT Trinidad and Tobago|Republic of Trinidad and Tobago",
        "TUN TN Tunisia|Republic of Tunisia",
        "TUR TR Türkiye|Republic of Türkiye",
        "TUV TV Tuvalu",
        "TWN TW Taiwan, Province of China|Taiwan|Taiwan, Province of China",
        "TZA TZ Tanzania, United Republic of|Tanzania|United Republic of Tanzania",
        "UGA UG Uganda|Republic of Uganda",
        "UKR UA Ukraine",
        "UMI UM United States Minor Outlying Islands",
        "URY UY Uruguay|Eastern Republic of Uruguay",
        "USA US United States|United States of America",
        "UZB UZ Uzbekistan|Republic of Uzbekistan",
        "VAT VA Holy See (Vatican City State)",
        "VCT VC Saint Vincent and the Grenadines",
        "VEN VE Venezuela, Bolivarian Republic of|Venezuela|Bolivarian Republic of Venezuela",
        "VGB VG Virgin Islands, British|British Virgin Islands",
        "VIR VI Virgin Islands, U.S.|Virgin Islands of the United States",
        "VNM VN Viet Nam|Vietnam|Socialist Republic of Viet Nam",
        "VUT VU Vanuatu|Republic of Vanuatu",
        "WLF WF Wallis and Futuna",
        "WSM WS Samoa|Independent State of Samoa",
        "YEM YE Yemen|Republic of Yemen",
        "ZAF ZA South Africa|Republic of South Africa",
        "ZMB ZM Zambia|Republic of Zambia",
        "ZWE ZW Zimbabwe|Republic of Zimbabwe",
    ]

    /// Two-letter codes not read as a country when they stand alone, only in brackets
    /// after their country's name: they are also US state or territory abbreviations
    /// (`SD` South Dakota, `IN` Indiana, `GA` Georgia, `CO` Colorado, `PA`, `AL`, `IL`,
    /// `MD`, `ME`, `MN`, `MO`, …), Canadian provinces (`NL`, `PE`), or English words and
    /// common abbreviations (`IS`, `IT`, `AM`, `BY`, `NO`, `TO`, `AI`, `AD`, `PM`, `TV`,
    /// `CV`). Read bare as the country, a row of South Dakota would be counted in Sudan.
    static let ambiguousAlpha2: Set<String> = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
        "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC",
        "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "AS", "GU", "MP", "PR", "VI", "UM", "FM", "MH", "PW",
        "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",
        "AD", "AI", "AM", "AN", "AT", "BE", "BY", "CV", "DO", "GO", "HE", "IF", "IS", "IT", "MY", "NO", "OF", "PM", "SO", "TO",
        "TV", "UP", "US", "WE",
    ]

    /// Three-letter codes not read as a country: English words that stand in capitals
    /// in text (`AND` in `IRAQ AND SYRIA`, `ARE`, `CAN`).
    static let ambiguousAlpha3: Set<String> = ["AND", "ARE", "CAN"]

    /// By code (alpha-3 and alpha-2, as written, capitals), the key of its country in
    /// tally's list; `bare` false for a code read only in brackets after its country.
    static let keys: [String: (key: String, bare: Bool)] = {
        var d: [String: (key: String, bare: Bool)] = [:]
        for line in table {
            let parts = line.split(separator: " ", maxSplits: 2).map(String.init)
            guard parts.count == 3 else { continue }
            let names = parts[2].split(separator: "|").map(String.init)
            // A name that may mean either of two states is passed over: iso-codes names COG
            // `Congo` first, and COG had keyed as bare `Congo`, a country apart from
            // `Republic of Congo` (review33 S3's class).
            guard let key = names.lazy.compactMap({ CountryNames.listedKey($0) }).first(where: { CountryNames.ambiguous[$0] == nil })
            else { continue }
            d[parts[0]] = (key, !ambiguousAlpha3.contains(parts[0]))
            d[parts[1]] = (key, !ambiguousAlpha2.contains(parts[1]))
        }
        return d
    }()

    /// Whether `text` may be a code: two or three ASCII capitals.
    @inline(__always)
    static func looksLikeCode(_ text: String) -> Bool {
        let u = text.utf8
        return (u.count == 2 || u.count == 3) && u.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// The key of the country `text` codes, read bare (a whole value or member); nil
    /// when it is no code, or a two-letter one read only in brackets.
    static func key(_ text: String) -> String? {
        guard looksLikeCode(text), let k = keys[text], k.bare else { return nil }
        return k.key
    }

    /// The key of the country `text` names followed by its own code in brackets
    /// (`Syria (SY)`, `Syria [SYR]`, `Iraq (IRQ)`); nil otherwise.
    static func namedWithOwnCode(_ text: String) -> String? {
        guard let last = text.last, last == ")" || last == "]" else { return nil }
        let open: Character = last == ")" ? "(" : "["
        guard let o = text.lastIndex(of: open) else { return nil }
        let code = String(text[text.index(after: o) ..< text.index(before: text.endIndex)]).trimmingCharacters(in: .whitespaces)
        guard looksLikeCode(code), let k = keys[code] else { return nil }
        let name = String(text[..<o]).trimmingCharacters(in: .whitespaces)
        // A name that may mean either of two states followed by the code of one of them
        // (`Congo (COG)`, `Congo [CD]`) is that one.
        guard !name.isEmpty, let named = CountryNames.listedKey(name),
              named == k.key || CountryNames.ambiguous[named]?.contains(k.key) == true else { return nil }
        return k.key
    }

    /// Whether `text` is a code of a country, read bare or in brackets (never a word of
    /// a value parted by spaces, ``KeyKind/jointParts(_:spaces:)``).
    static func isCode(_ text: String) -> Bool { looksLikeCode(text) && keys[text] != nil }
}
