/// The country names tally knows, to tell a joint region written with a comma, a
/// slash, `&`, `+` or `and` (`Iraq, Syria`, `Iraq/Syria`, `Iraq and Syria`) from one
/// country whose name holds one of them (`Bosnia and Herzegovina`, `Korea, Republic
/// of`, `Congo, Democratic Republic of the`), to key the spellings of one country as one
/// (``aliases``), and to tell a slip from a name (``JointRegionSlips``).
///
/// A value is read as a joint region only when it is not itself a name here and every
/// part is one (``KeyKind/canonical(_:)``): a name missing from this list is left as
/// written, never split. The list holds the names and usual variants of UCDP GED, ACLED,
/// ISO 3166 short names (also in their inverted `Name, qualifier` form), the UN and the
/// World Bank, and names in other languages, compared without case and with runs of
/// spaces as one.
enum CountryNames {
    /// Whether `name` (already trimmed, spaces collapsed) is a country tally knows.
    static func isKnown(_ name: String) -> Bool { known.contains(folded(name)) }

    /// Whether `name` is a country tally knows or a place that stands in `country`
    /// columns (``places``): never a slip.
    static func isPlace(_ name: String) -> Bool { let f = folded(name); return known.contains(f) || placeSet.contains(f) }

    /// Lower case, `’` as `'`, for comparison only (the value keeps its spelling).
    static func folded(_ name: String) -> String {
        // Turkish capital İ lowers to i and a combining dot (U+0307): "TÜRKİYE" is Türkiye
        // (review20b J3: two groups, 7 and 5).
        name.lowercased().replacingOccurrences("\u{2019}", "'").replacingOccurrences("i\u{0307}", "i")
    }

    static let known: Set<String> = Set((names + aliases.joined()).map(folded))
    static let placeSet: Set<String> = Set(places.map(folded))

    /// The key of a country tally knows (or of a place, ``places``), written in any
    /// letter case, with `’` for `'`, or in another of its spellings (``aliases``):
    /// `IRAQ`, `Irak`, `Iraque` → `Iraq`; `Turkey`, `TÜRKİYE` → `Türkiye`; nil for a name
    /// it does not hold. Key values of `country` are brought to it, alone and as members
    /// of a joint region (``KeyKind/canonical(_:)``), so `IRAQ;SYRIA`, `Irak;Syrie` and
    /// `Iraq;Syria` are one group, as `IRAQ` and `Iraq` are. What is printed is not the
    /// key but the spelling the input used most (``KeyInterner/regionSpellingRows()``).
    static func spelling(_ name: String) -> String? { spellings[folded(name)] }

    static let spellings: [String: String] = {
        var d: [String: String] = [:]
        for g in aliases { for n in g where d[folded(n)] == nil { d[folded(n)] = g[0] } }
        for n in names + places where d[folded(n)] == nil { d[folded(n)] = n }
        return d
    }()

    /// The country of tally's list `name` is most likely a slip of: its spelling in the
    /// list nearest `name` (folded) and the number of typing slips between them, when
    /// `name` is not a place tally knows and is one slip from a listed country (both of 4
    /// scalars or more) or two (both of ``twoSlipLength`` or more; a letter added, dropped
    /// or replaced, or two neighbours swapped, counts one). Ties go to the name listed first.
    static func likelyCountry(_ name: String) -> (spelling: String, slips: Int)? {
        let f = Array(folded(name).unicodeScalars)
        guard f.count >= 4 && f.count <= longestListed + 2 && !isPlace(name) else { return nil }
        var best: (Int, Int)?
        for h in deletionHashes(f, upTo: f.count >= twoSlipLength ? 2 : 1) {
            for k in listIndex.sharing(h) {
                let other = listIndex.folded[k]
                let limit = min(f.count, other.count) >= twoSlipLength ? 2 : 1
                guard other.count >= 4, abs(other.count - f.count) <= limit,
                      let d = distance(f, other, atMost: limit), d >= 1 else { continue }
                if best == nil || (d, k) < best! { best = (d, k) }
            }
        }
        return best.map { (listIndex.spellings[$0.1], $0.0) }
    }

    /// Hashes of `s` with up to `n` scalars dropped (itself included): two names within
    /// `n` slips of each other share one.
    private static func deletionHashes(_ s: [Unicode.Scalar], upTo n: Int) -> Set<UInt64> {
        func hash(skipping a: Int, _ b: Int) -> UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for (j, u) in s.enumerated() where j != a && j != b { h = (h ^ UInt64(u.value)) &* 0x100_0000_01b3 }
            return h
        }
        var out: Set<UInt64> = [hash(skipping: -1, -1)]
        for a in s.indices {
            out.insert(hash(skipping: a, -1))
            if n >= 2 { for b in a + 1 ..< s.count { out.insert(hash(skipping: a, b)) } }
        }
        return out
    }

    /// Two slips are a slip only in names this long: shorter, two slips make other
    /// names (`Amria` is two from `Gambia`, and so is `Gamria`: two generated places).
    static let twoSlipLength = 8

    private static let longestListed = listIndex.folded.map(\.count).max() ?? 0

    /// Every listed country spelling (``names``, ``aliases``) folded, and its deletion
    /// hashes (up to two dropped), built once on first use: sorted, each hash's low 16
    /// bits the spelling's index (8 bytes a hash; a dictionary of arrays took 5 MB).
    private struct ListIndex {
        var spellings: [String] = [], folded: [[Unicode.Scalar]] = [], hashes: [UInt64] = []

        func sharing(_ h: UInt64) -> [Int] {
            let key = h & ~0xFFFF
            var lo = 0, hi = hashes.count
            while lo < hi { let mid = (lo + hi) / 2; if hashes[mid] & ~0xFFFF < key { lo = mid + 1 } else { hi = mid } }
            var out: [Int] = []
            while lo < hashes.count && hashes[lo] & ~0xFFFF == key { out.append(Int(hashes[lo] & 0xFFFF)); lo += 1 }
            return out
        }
    }

    private static let listIndex: ListIndex = {
        var index = ListIndex(), seen: Set<String> = []
        for n in names + aliases.joined() where seen.insert(folded(n)).inserted {
            index.spellings.append(n)
            index.folded.append(Array(folded(n).unicodeScalars))
        }
        for (k, f) in index.folded.enumerated() where f.count >= 4 {
            for h in deletionHashes(f, upTo: f.count >= twoSlipLength ? 2 : 1) { index.hashes.append(h & ~0xFFFF | UInt64(k)) }
        }
        index.hashes.sort()
        return index
    }()

    /// Optimal string alignment distance of `a` and `b` (a swap of neighbours counts
    /// one), or nil when it is more than `limit`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var before = [Int](repeating: 0, count: b.count + 1), previous = Array(0 ... b.count)
        var row = [Int](repeating: 0, count: b.count + 1)
        for i in 1 ... a.count {
            row[0] = i
            var least = i
            for j in 1 ... b.count {
                var d = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] { d = min(d, before[j - 2] + 1) }
                row[j] = d
                least = min(least, d)
            }
            if least > limit { return nil }
            (before, previous, row) = (previous, row, before)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

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

    /// Spellings of one country, keyed as one (the first of each group is the key;
    /// what is printed is the spelling the input used most, ``KeyKind``): the list's
    /// usual variants, the UN's and the World Bank's forms, and the names in other
    /// languages. A name here is a country tally knows even when ``names`` does not
    /// list it. Distinct countries stay apart: `Congo` and `DR Congo`, `Niger` and
    /// `Nigeria`, `Sudan` and `South Sudan`, `Guinea`, `Guinea-Bissau` and `Equatorial
    /// Guinea`, `Dominica` and `Dominican Republic`; a name that may mean either of two
    /// (`Congo`, German `Kongo`) is in no group.
    static let aliases: [[String]] = [
        ["Afghanistan", "Afganistán", "Afeganistão", "Afganistan", "Afghanistán", "Afganisztán", "Afghánistán"],
        ["Albania", "Albanie", "Albanien", "Albánie"],
        ["Algeria", "Algérie", "Algerie", "Argelia", "Argélia", "Algerien", "Algieria", "Alžírsko"],
        ["Armenia", "Arménie", "Armenien"],
        ["Azerbaijan", "Azerbaïdjan", "Aserbaidschan", "Azerbaiyán", "Azerbaijão", "Azerbejdżan", "Ázerbájdžán"],
        ["Bahamas", "The Bahamas", "Bahamas, The"],
        ["Bangladesh", "Bangladés", "Bangladesch"],
        ["Belarus", "Biélorussie", "Bielorrusia", "Weißrussland", "Białoruś", "Bielorussia"],
        ["Bolivia", "Bolivia, Plurinational State of", "Bolivia (Plurinational State of)", "Bolivie", "Bolívia", "Bolivien"],
        ["Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia", "Bosnie-Herzégovine", "Bosnia y Herzegovina",
         "Bósnia e Herzegovina", "Bosnien und Herzegowina", "Bosnia ed Erzegovina"],
        ["Brazil", "Brésil", "Bresil", "Brasil", "Brasilien", "Brasile"],
        ["British Virgin Islands", "Virgin Islands, British"],
        ["Brunei", "Brunei Darussalam"],
        ["Burkina Faso", "Burkina"],
        ["Cabo Verde", "Cape Verde"],
        ["Cambodia", "Cambodia (Kampuchea)", "Cambodge", "Camboya", "Camboja", "Kambodscha", "Cambogia", "Kambodża"],
        ["Cameroon", "Cameroun", "Camerún", "Camarões", "Kamerun", "Camerun"],
        ["Central African Republic", "République centrafricaine", "Centrafrique", "República Centroafricana",
         "República Centro-Africana", "Zentralafrikanische Republik", "Repubblica Centrafricana", "CAR"],
        ["Chad", "Tchad", "Chade", "Tschad", "Ciad", "Czad", "Tsjaad", "Čad"],
        ["Chile", "Chili", "Cile"],
        ["China", "Chine", "Cina"],
        ["Colombia", "Colombie", "Colômbia", "Kolumbien", "Kolumbia"],
        ["Comoros", "Comores"],
        // Not bare `Congo`: AP and Reuters write it for the DRC, UCDP and the UN for Brazzaville
        // (review21 #2: a newsroom's `Congo` rows were added to `Republic of Congo`).
        ["Republic of Congo", "Republic of the Congo", "Congo, Republic of the", "Congo, Rep.",
         "Congo-Brazzaville", "Congo (Brazzaville)", "Congo, Republic of"],
        ["DR Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo", "Congo, Democratic Republic of the",
         "Congo, Dem. Rep.", "Congo, The Democratic Republic of the", "DR Congo (Zaire)", "DRC", "Congo-Kinshasa",
         "Congo (Kinshasa)", "Zaire", "République démocratique du Congo", "RD Congo", "RDC",
         "República Democrática del Congo", "República Democrática do Congo", "Demokratische Republik Kongo",
         "Repubblica Democratica del Congo", "Congo, Democratic Republic", "Congo (Democratic Republic of the)"],
        ["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast", "Côte-d'Ivoire", "Costa de Marfil", "Costa do Marfim",
         "Elfenbeinküste", "Costa d'Avorio", "Wybrzeże Kości Słoniowej"],
        ["Croatia", "Croatie", "Croacia", "Kroatien", "Chorwacja", "Hrvatska"],
        ["Curaçao", "Curacao"],
        ["Cyprus", "Chypre", "Chipre", "Zypern", "Cipro"],
        ["Czechia", "Czech Republic"],
        ["Djibouti", "Yibuti", "Dschibuti", "Gibuti", "Dżibuti"],
        ["Egypt", "Egypt, Arab Rep.", "Égypte", "Egipto", "Egito", "Ägypten", "Egitto", "Egipt", "Egypte", "Egypten", "Misr"],
        ["Eritrea", "Érythrée", "Erytrea"],
        ["Eswatini", "eSwatini", "Swaziland", "Kingdom of Eswatini"],
        ["Ethiopia", "Éthiopie", "Etiopía", "Etiópia", "Äthiopien", "Etiopia", "Ethiopië", "Etiopien", "Etiopie", "Etiyopya", "Ethiopie", "Etiopija"],
        ["Gambia", "The Gambia", "Gambia, The", "Gambie"],
        ["Georgia", "Géorgie", "Georgien", "Gruzja"],
        ["Guinea", "Guinée", "Gwinea"],
        ["Guinea-Bissau", "Guinée-Bissau", "Guinea Bissau", "Guiné-Bissau"],
        ["Haiti", "Haïti", "Haití"],
        ["Holy See", "Vatican", "Vatican City"],
        ["Hong Kong", "Hong Kong, China", "Hong Kong SAR, China", "China, Hong Kong SAR",
         "China, Hong Kong Special Administrative Region"],
        ["India", "Inde", "Indie", "Indien"],
        ["Indonesia", "Indonésie", "Indonesien", "Indonezja"],
        ["Iran", "Iran, Islamic Republic of", "Iran, Islamic Rep.", "Iran (Islamic Republic of)", "Islamic Republic of Iran",
         "Irán", "Irã", "Irão", "Persia"],
        ["Iraq", "Irak", "Iraque", "Irák", "Iraak", "Iraki", "Irakas", "Irāka"],
        ["Israel", "Israël", "Israele", "Izrael", "Israil"],
        ["Jordan", "Jordanie", "Jordania", "Jordânia", "Jordanien", "Giordania"],
        ["Kenya", "Kenia", "Quênia", "Quénia"],
        ["Kosovo", "Kosova"],
        ["Kyrgyzstan", "Kyrgyz Republic", "Kirghizistan", "Kirguistán", "Kirgisistan"],
        ["Laos", "Lao PDR", "Lao People's Democratic Republic"],
        ["Lebanon", "Liban", "Líbano", "Libanon", "Libano", "Líban"],
        ["Libya", "Libye", "Libia", "Líbia", "Libyen", "Libië", "Libija"],
        ["Macao", "Macau", "Macao, China", "Macao SAR, China", "Macau, China", "China, Macao SAR"],
        ["Madagascar", "Madagascar (Malagasy)", "Madagaskar"],
        ["Mali", "Malí"],
        ["Mauritania", "Mauritanie", "Mauritânia", "Mauretanien", "Mauretania"],
        ["Mexico", "Mexique", "México", "Mexiko", "Messico", "Meksyk"],
        ["Micronesia", "Micronesia, Federated States of", "Micronesia, Fed. Sts.", "Micronesia (Federated States of)"],
        ["Moldova", "Moldova, Republic of", "Republic of Moldova", "Moldavie", "Moldavia", "Moldawien", "Mołdawia"],
        ["Morocco", "Maroc", "Marruecos", "Marrocos", "Marokko", "Marocco", "Maroko"],
        ["Mozambique", "Moçambique", "Mosambik", "Mozambico", "Mozambik"],
        ["Myanmar", "Burma", "Myanmar (Burma)", "Birmanie", "Birmania", "Birmânia", "Birma"],
        ["Nepal", "Népal"],
        ["Netherlands", "The Netherlands", "Netherlands (Kingdom of the)", "Kingdom of the Netherlands", "Holland"],
        ["Niger", "Níger"],
        ["Nigeria", "Nigéria", "Nigerië", "Nigerija"],
        ["North Korea", "Korea, Democratic People's Republic of", "Korea, Dem. People's Rep.", "Korea, North",
         "Democratic People's Republic of Korea", "DPRK", "Korea, DPR"],
        ["North Macedonia", "Macedonia", "Macedonia, FYR", "Republic of North Macedonia"],
        ["Pakistan", "Pakistán", "Paquistão"],
        ["Palestine", "State of Palestine", "Palestine, State of", "Palestinian Territory", "Palestinian Territories",
         "Occupied Palestinian Territory", "occupied Palestinian territory", "West Bank and Gaza", "Palestina",
         "Palästina", "Palestinian Territory, Occupied", "Palestyna", "Palestiina"],
        ["Peru", "Pérou", "Perú", "Perù", "Perou"],
        ["Philippines", "Filipinas", "Philippinen", "Filippine", "Filipiny"],
        ["Réunion", "Reunion"],
        ["Russia", "Russia (Soviet Union)", "Russian Federation", "Russie", "Rusia", "Rússia", "Russland",
         "Rosja", "Rusija", "Rusland", "Rusko", "Oroszország", "Venäjä", "Venemaa", "Urusi", "Rusya"],
        ["Rwanda", "Ruanda"],
        ["Saint Kitts and Nevis", "St. Kitts and Nevis"],
        ["Saint Lucia", "St. Lucia"],
        ["Saint Vincent and the Grenadines", "St. Vincent and the Grenadines"],
        ["Sao Tome and Principe", "São Tomé and Príncipe"],
        ["Saudi Arabia", "Arabie saoudite", "Arabia Saudita", "Arábia Saudita", "Saudi-Arabien", "Arabia Saudyjska"],
        ["Senegal", "Sénégal"],
        ["Serbia", "Serbia (Yugoslavia)", "Serbie", "Serbien", "Srbija"],
        ["Serbia and Montenegro", "Serbia & Montenegro"],
        ["Sierra Leone", "Sierra Leona"],
        ["Slovakia", "Slovak Republic"],
        ["Somalia", "Somalie", "Somália", "Somalië"],
        ["South Korea", "Korea, Republic of", "Korea, Rep.", "Korea, South", "Republic of Korea"],
        ["South Sudan", "Soudan du Sud", "Sudán del Sur", "Sudão do Sul", "Südsudan", "Sudan del Sud", "Sudan Południowy",
         "Zuid-Soedan", "Sudan, South"],
        ["Sri Lanka"],
        ["Sudan", "Soudan", "Sudán", "Sudão", "Soedan", "Súdán"],
        ["Syria", "Syrian Arab Republic", "Syrie", "Siria", "Síria", "Syrien", "Syyria", "Sýrie", "Süüria", "Sirija",
         "Szíria", "Syrië", "Sirië", "Sýria", "Sīrija", "Suriah", "Suriye", "Syria (Syrian Arab Republic)"],
        ["Taiwan", "Taiwan, China", "Taiwan, Province of China", "China, Taiwan Province of", "Chinese Taipei"],
        ["Tajikistan", "Tadjikistan", "Tayikistán", "Tadschikistan"],
        ["Tanzania", "Tanzania, United Republic of", "United Republic of Tanzania", "Tanzanie", "Tansania"],
        ["Thailand", "Thaïlande", "Tailandia", "Tailândia", "Tajlandia"],
        ["Timor-Leste", "East Timor"],
        ["Tunisia", "Tunisie", "Túnez", "Tunísia", "Tunesien", "Tunezja"],
        ["Türkiye", "Turkey", "Turkiye", "Turquie", "Turquía", "Turquia", "Türkei", "Turchia", "Turcja", "Turkije",
         "Republic of Türkiye", "Türkiye Cumhuriyeti"],
        ["Ukraine", "Ucrania", "Ucrânia", "Ucraina", "Ukraina", "Ukrajina", "Oekraïne", "Ukrajna", "Ukrayna"],
        ["United Arab Emirates", "UAE"],
        ["United Kingdom", "UK", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
        ["United States", "United States of America", "USA", "US"],
        ["US Virgin Islands", "Virgin Islands, U.S.", "United States Virgin Islands"],
        ["Venezuela", "Venezuela, Bolivarian Republic of", "Venezuela, RB", "Venezuela (Bolivarian Republic of)"],
        ["Vietnam", "Viet Nam", "Vietnam (North Vietnam)", "Viêt Nam"],
        ["Yemen", "Yemen, Rep.", "Yemen (North Yemen)", "Yémen", "Iémen", "Jemen", "Iêmen", "Yemen, Republic of"],
        ["Zambia", "Zambie", "Sambia"],
        ["Zimbabwe", "Zimbabwe (Rhodesia)", "Rhodesia", "Zimbabue", "Simbabwe"],
        // review21 #4/#5: honest spellings refused as slips of the English name, or split apart.
        ["Dominican Republic", "República Dominicana", "Dominicana", "République dominicaine", "Dominikanische Republik",
         "Repubblica Dominicana"],
        ["Benin", "Bénin"], ["Qatar", "Katar"], ["Canada", "Kanada"],
        ["Slovenia", "Slovénie", "Eslovenia", "Slowenien", "Slovenija", "Eslovénia"],
        ["Australia", "Austrália", "Australie", "Australien"],
        ["Equatorial Guinea", "Guinée équatoriale", "Guinea Ecuatorial", "Guinea Equatoriale", "Guiné Equatorial", "Äquatorialguinea"],
        ["Mauritius", "Maurice"],
    ]

    /// Places that are not countries but stand in `country` columns (regions, islands,
    /// disputed and occupied territories): never taken for a slip of a country
    /// (`Irian` is no slip of `Iran`, nor `Bali` of `Mali`), and keyed in one spelling
    /// in any letter case. Never split out of a value, nor joined (``KeyKind/jointParts(_:)``
    /// reads countries only).
    static let places: [String] = [
        "Abkhazia", "Abyei", "Aceh", "Adjara", "Afar", "Amhara", "Ambazonia", "Anjouan", "Artsakh", "Assam", "Azad Kashmir",
        "Azawad", "Bali", "Balochistan", "Baluchistan", "Biafra", "Blue Nile", "Borneo", "Bougainville", "Cabinda",
        "Casamance", "Catalonia", "Chechnya", "Corsica", "Crimea", "Cyrenaica", "Dagestan", "Darfur", "Donbas", "Donbass",
        "Donetsk", "East Jerusalem", "Fezzan", "Gaza", "Gaza Strip", "Golan", "Golan Heights", "Ingushetia", "Irian",
        "Irian Jaya", "Ituri", "Jammu and Kashmir", "Java", "Jubaland", "Kabylie", "Kachin", "Karabakh", "Kasai",
        "Kashmir", "Katanga", "Khyber Pakhtunkhwa", "Kivu", "North Kivu", "South Kivu", "Kordofan", "South Kordofan",
        "Kurdistan", "Iraqi Kurdistan", "Kurdistan Region", "Luhansk", "Maluku", "Manipur", "Mindanao", "Nagaland",
        "Nagorno-Karabakh", "Northern Ireland", "Ogaden", "Oromia", "Papua", "West Papua", "Puntland", "Punjab", "Rakhine",
        "Rojava", "Sabah", "Sahel", "Sarawak", "Scotland", "Shan", "Sinai", "South Ossetia", "Sulawesi", "Sumatra",
        "Tibet", "Tigray", "Transnistria", "Tripolitania", "Wales", "England", "Waziristan", "West Bank", "Xinjiang",
        "Zanzibar", "Galmudug", "Hirshabelle", "Jammu", "Ladakh",
    ]
}
