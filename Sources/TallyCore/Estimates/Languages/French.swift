// French (fr). Spaces group digits ("12 000") under `--locale fr`.

extension Languages {
    static let french = LanguageTable(
        code: "fr",
        before: [
            ("ne dépassant pas", .atMost), ("pas plus de", .atMost), ("pas moins de", .atLeast), ("dépasse les", .moreThan), ("dépasse", .moreThan), ("dépassé les", .moreThan), ("franchit la barre des", .moreThan), ("franchi la barre des", .moreThan), ("franchit les", .moreThan), ("approche les", .approximate), ("approche", .approximate), ("pas loin de", .approximate), ("frôle les", .approximate), 
            
            ("+ de", .moreThan),
            ("au moins", .atLeast), ("pas moins de", .atLeast), ("au minimum", .atLeast),
            ("plus de", .moreThan), ("au-delà de", .moreThan), ("davantage que", .moreThan),
            ("environ", .approximate), ("près de", .approximate), ("presque", .approximate),
            ("quelque", .approximate), ("approximativement", .approximate), ("aux alentours de", .approximate),
            ("autour de", .approximate), ("à peu près", .approximate), ("quasiment", .approximate),
            ("jusqu'à", .atMost), ("au plus", .atMost), ("au maximum", .atMost), ("pas plus de", .atMost),
            ("moins de", .fewerThan),
        ],
        // "vingt et quelques", "20 et quelques": twenty-odd (21–29).
        after: [("et quelques", .odd)],
        trailing: [("probables", .approximate), ("probable", .approximate), ("présumés", .approximate), ("redoutés", .approximate), ("redoutées", .approximate), ("redouté", .approximate), ("redoutée", .approximate), ("au bas mot", .atLeast), ("voire plus", .atLeast), ("à peu près", .approximate),  
            ("au moins", .atLeast), ("au minimum", .atLeast), ("ou plus", .atLeast), ("environ", .approximate),
            ("au plus", .atMost), ("au maximum", .atMost), ("ou moins", .atMost),
        ],
        // "sept" is also English for September, "cent" a coin: both left out.
        numbers: [
            ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5), ("huit", 8), ("neuf", 9), ("dix", 10),
            ("onze", 11), ("douze", 12), ("treize", 13), ("quatorze", 14), ("quinze", 15), ("seize", 16),
            ("vingt", 20), ("trente", 30), ("quarante", 40), ("cinquante", 50), ("soixante", 60),
            // Hundreds, composed with the words around them ("cent vingt", "deux cents").
            ("cent", 100), ("cents", 100), ("vingts", 20),
        ],
        numbersAfter: [("sept", 7), ("six", 6), ("un", 1), ("une", 1)
        ],
        scales: [("mille", 1_000), ("milliard", 1_000_000_000), ("milliards", 1_000_000_000)],
        articles: ["un", "une"],
        countWords: [
            ("quelques", VagueRange(low: 2, best: 3, high: 4)), ("plusieurs", VagueRange(low: 3, best: 6, high: 9)),
        ],
        plurals: [
            ("dizaines", 10, 20, 99), ("douzaines", 12, 24, 99), ("centaines", 100, 200, 999),
            ("milliers", 1_000, 2_000, 9_999), ("dizaines de milliers", 10_000, 20_000, 99_999),
            ("centaines de milliers", 100_000, 200_000, 999_999),
        ],
        connectors: ["de", "d'", "du", "des"],
        rangeSeparators: ["à", "ou"],
        betweenWords: ["entre"],
        andWords: ["et"],
        approximateUnits: [
            ("une dizaine", 10), ("une douzaine", 12), ("une quinzaine", 15), ("une vingtaine", 20),
            ("une trentaine", 30), ("une quarantaine", 40), ("une cinquantaine", 50), ("une soixantaine", 60),
            ("une centaine", 100), ("un millier", 1_000),
        ],
        // "Pas une personne n'a été tuée", "pas un seul mort", "ni un seul blessé": "not one" is
        // zero, not the "un" of one (review42 S5: read 1). After a copula "pas un" is "not a"
        // ("ce n'est pas un civil qui a été tué": ``PhraseReader/nobody(at:)``).
        zeroWords: ["aucun", "aucune", "pas un seul", "pas une seule", "pas un", "pas une", "ni un seul", "ni une seule"],
        sizeless: ["nombreux", "nombreuses", "beaucoup", "innombrables"],
        otherCounts: [
            "familles", "fois", "maisons", "villages", "jours", "semaines", "mois", "ans", "années", "heures",
            "obus", "roquettes", "bombes", "attaques", "véhicules", "bâtiments", "frappes",
            "bombardiers", "avions", "hélicoptères", "chars", "drones", "raids", "bombardements", "tirs",
            "missiles", "camions",
        ],
        durations: ["fois", "jours", "semaines", "mois", "ans", "années", "heures"],
        personWords: [
            // After a figure (seventh review: the word after a figure must be known).
            // phrases9: "12 hommes armés ont été tués" (armed men) had been refused as an unknown word.
            "hommes", "armés", "armées", "tireurs", "miliciens", "agresseurs", "kamikazes",
            "corps", "cadavres", "terroristes", "terroriste", "assaillants", "djihadistes", "jihadistes", "policiers", "gendarmes", "habitants", "otages", "manifestants", "combattants", "rebelles", "insurgés", "passagers", "élèves", "syriens", "palestiniens", "afghans", "irakiens", "ukrainiens", "russes", "israéliens", "libanais", "maliens", "burkinabè", "nigériens", 
            
            "personnes", "morts", "tués", "blessés", "civils", "enfants", "femmes", "soldats", "victimes",
            "combattants", "déplacés", "réfugiés", "migrants", "militaires", "policiers", "mort", "blessé", "tué",
            "civil", "soldat", "enfant", "personne",
            // fates4 (review47 R3): "12 membres d'une même famille tués" (refused: unknown word).
            "membres", "membre",
        ],
        casualtyWords: ["blessés", "blessées", "tués", "tuées"],
        yearMarkers: ["en", "depuis", "année", "an"],
        months: [
            "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout",
            "septembre", "octobre", "novembre", "décembre", "decembre", "janv", "févr", "avr", "juil",
        ],
        designations: ["rue", "avenue", "boulevard", "régiment", "division", "article", "brigade", "bataillon", "résolution", "numéro", "route"],
        partsBefore: ["parmi les morts", "parmi les victimes", "parmi les tués", "parmi les blessés", "dont", "parmi lesquels", "parmi lesquelles", "y compris", "parmi eux"],
        partsAfter: ["d'entre eux", "d'entre elles"],
        othersWords: ["autres"],
        oneMore: ["un autre", "une autre", "un de plus", "une de plus"],
        numberOf: ["nombre de"],
        neutral: [
            "le", "la", "les", "des", "de", "du", "d", "l", "et", "en", "dans", "à", "au", "aux", "sur", "par",
            "pour", "avec", "a", "ont", "été", "sont", "fait", "font", "tué", "tués", "tuées", "morts", "mort",
            "bilan", "s'élève", "élève", "porte", "faisant", "qui", "que", "ce", "cette", "ces", "leur",
            "leurs", "autres", "selon", "lors", "sont", "blessées", "blessés", "victimes", "tuant", "moins",
            "plus", "ils", "elles", "il", "elle", "se", "s", "y", "ne", "pas",
            // tie3 (review45 R3): "le groupe compte 300 combattants" (es "cuenta con" read).
            "compte", "comptent", "comptait", "comptaient",
            // fates6 (review49 F8): "l'armée a perdu 12 soldats tués" (a loss tied to its fate).
            "perdu", "perd", "perdent",
        ],
        currencies: ["euros", "dollars", "francs", "dinars"],
        fractionsOf: ["la moitié des", "la moitié de", "la majorité des", "la plupart des", "un tiers des", "un quart des"],
        singular: ["un", "une", "le", "la", "sa", "son"],
        possessives: ["son", "sa", "ses", "leur", "leurs"],
        onePerson: ["chauffeur", "conducteur", "passager", "passagère", "soldat", "policier", "gendarme", "militaire", "enfant", "femme", "homme", "garçon", "fille", "civil", "journaliste", "garde", "commandant", "chef", "pilote", "médecin", "infirmière", "prêtre", "imam", "père", "mère", "fils", "épouse", "mari", "frère", "sœur", "bébé", "assaillant", "tireur", "kamikaze", "agent", "berger", "enseignant", "étudiant", "maire"],
        groups: ["armée", "police", "gendarmerie", "milice", "milices", "forces", "régime", "équipage", "famille", "familles", "personnel", "patrouille", "garde", "escorte"],
        joins: ["&", "ainsi que", "de même que", "avec"],
        attributions: ["selon", "d'après", "a indiqué", "a déclaré"],
        changes: ["alourdit", "alourdi", "revu", "révisé", "hausse", "baisse", "passe", "passé", "augmente", "augmenté", "grimpe", "grimpé", "monte", "monté"],
        increments: ["encore", "de plus"],
        incrementsAfter: ["nouveaux", "nouvelles", "nouveau", "nouvelle", "de plus", "supplémentaires", "supplémentaire"],
        changeBy: ["de"],
        documents: ["rapport", "bulletin", "communiqué"],
        rates: ["par jour", "chaque jour", "par semaine", "par mois", "par an", "chaque"],
        perEach: ["chaque", "chacun", "chacune"],
        comparisons: [],
        measures: [("morts", "killed"), ("mort", "killed"), ("tués", "killed"), ("tué", "killed"), ("blessés", "injured"), ("blessé", "injured"), ("blessées", "injured"), ("hospitalisés", "injured"), ("hospitalisées", "injured"), ("disparus", "missing"),
                   // What happened to the people counted (review12c): read for that measure, refused for another.
                   ("décapités", "killed"), ("exécutés", "killed"), ("massacrés", "killed"), ("assassinés", "killed"), ("abattus", "killed"), 
                   // phrases12 (issue 12, silent): "12 terroristes éliminés" read 12 under injured and idps.
                   // phrases10 (issue 12, silent): "12 soldats fusillés", "12 soldats égorgés" read 12 under idps and injured.
                   ("abattues", "killed"), ("fusillés", "killed"), ("fusillées", "killed"), ("égorgés", "killed"), ("égorgées", "killed"),
                   ("lynchés", "killed"), ("tuées", "killed"), ("éliminés", "killed"), ("éliminées", "killed"), ("liquidés", "killed"), ("liquidées", "killed"), ("martyrs", "killed"), ("libérés", "released"), ("libérées", "released"), ("relâchés", "released"), ("enlevés", "kidnapped"), ("kidnappés", "kidnapped"), ("enlevées", "kidnapped"), ("arrêtés", "arrested"), ("interpellés", "arrested"), ("torturés", "tortured"), ("violées", "raped"), ("violés", "raped"), ("fuient", "displaced"), ("ont fui", "displaced"), ("évacués", "evacuated"), ("neutralisés", "neutralised"),
                   // dest26 (issue 12, refusal): "13 personnes massacrées", "13 décès" were refused as unknown words under killed.
                   ("massacrées", "killed"), ("exécutées", "killed"), ("assassinées", "killed"), ("décapitées", "killed"), ("décès", "killed")],
        // Nouns of people whose state is a measure ("1200 refugees"): read for it unless a verb after them
        // says what happened to them ("12 refugees were killed").
        statusMeasures: [("réfugiés", "displaced"), ("réfugiées", "displaced"), ("déplacés", "displaced"), ("déplacées", "displaced"), ("otages", "kidnapped"), ("otage", "kidnapped"), ("prisonniers", "arrested"), ("détenus", "arrested"), ("captifs", "kidnapped")],
        newPlaces: ["new york", "new-york", "new-yorkais", "new-yorkaises", "new delhi", "new-delhi",
                    "nouvelle-zélande", "nouvelle zélande", "nouvelle-calédonie", "nouvelle calédonie",
                    "nouvelle-guinée", "nouvelle-orléans", "nouvelle-écosse", "nouvelle-delhi", "nouveau-brunswick",
                    "nouveau-mexique", "nouvelles-hébrides", "nouvelle-zélandais", "nouvelle-zélandaises",
                    "nouveaux-calédoniens", "nouvelle-calédoniens"],
        percents: ["pour cent", "pourcent", "pour-cent", "pour mille"],
        percentsBefore: [],
        negations: ["erronée", "erroné", "erronés", "conteste", "contesté", "contestent",  "pas", "démenti", "dément", "démentent", "faux", "fausse", "rumeurs", "non confirmé", "non confirmés", "vivants"],
        // review12c: people counted by another outcome than death or injury.
        outcomes: ["déplacés", "réfugiés", "otages", "libérés", "détenus", "prisonniers", "enlevés", "disparus", "arrêtés", "rescapés", "survivants", "évacués"],
        // Number words as parts of one number (NumberWords.swift): "composed" readings.
        numberParts: NumberParts(
            units: [("un", 1), ("une", 1), ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5), ("six", 6), ("sept", 7), ("huit", 8), ("neuf", 9)],
            teens: [("dix", 10), ("onze", 11), ("douze", 12), ("treize", 13), ("quatorze", 14), ("quinze", 15), ("seize", 16), ("dix-sept", 17), ("dix-huit", 18), ("dix-neuf", 19)],
            tens: [("vingt", 20), ("trente", 30), ("quarante", 40), ("cinquante", 50), ("soixante", 60), ("quatre-vingt", 80), ("quatre-vingts", 80), ("septante", 70), ("huitante", 80), ("octante", 80), ("nonante", 90)],
            hundreds: [("cent", 100)],
            timesHundred: ["cent", "cents"],
            scales: [("mille", 1000), ("mil", 1000), ("million", 1000000), ("millions", 1000000), ("milliard", 1000000000), ("milliards", 1000000000)],
            wholeScales: [("mille", 1000)],
            joiners: ["et"],
            tenBeforeTeen: [60, 80],
            hyphens: true
        ),
        ratios: ["sur"],
        ordinals: ["deuxième", "troisième", "quatrième", "cinquième", "sixième", "dixième"],
        parents: ["père de", "mère de"],
        averages: ["en moyenne", "une moyenne de", "moyenne de"],
        additions: ["ajout de", "ajoutés", "ajoutées", "s'ajoutent"],
        fillers: ["euh", "heu"],
        qualifierTails: ["moins"],
        expectations: ["attendent", "attend", "prévoient", "prévoit"],
        trends: ["et en baisse"],
        agesAfter: ["ans d'âge"],
        groupOf: ["de", "des"],
        groupOfThe: ["des"],
        groupArticles: ["les", "ces"],
        nounPhraseWords: ["des", "la", "le", "chaque", "cette", "ce", "parmi"],
        deadGroups: ["victimes"],
        partQuantifiers: ["moitié", "majorité", "plupart", "reste"],
        kinNames: ["sœurs", "frères"],
        nameNouns: ["rivières", "îles", "chemins", "fontaines", "ponts", "moulins", "tours", "pins", "chênes", "lacs",
                    "routes", "vallées", "croix", "puits", "maisons", "églises", "canons"],
        fractionDeterminers: ["les", "ces"],
        // Names of a statistical interval before its ends, after the figure it is around
        // (phrases21, review30 S18).
        intervals: ["ic", "intervalle de confiance", "intervalle d'incertitude", "intervalle de crédibilité", "fourchette"]
    )
}
