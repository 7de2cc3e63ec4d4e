// English: the vocabulary of SPEC §1 and of wire copy, UN reports and monitors.
// Add a phrase to the list it belongs to; docs/estimates.md explains each list.

extension Languages {
    static let english = LanguageTable(
        code: "en",
        before: [("ca", .approximate), ("app.", .approximate), ("app", .approximate), ("deaths top", .moreThan), ("fatalities top", .moreThan), ("casualties top", .moreThan), ("killings top", .moreThan), ("topping", .moreThan), 
            // review12c: negated qualifiers and toll verbs that bound the figure.
            ("not over", .atMost), ("not above", .atMost), ("no greater than", .atMost), ("not greater than", .atMost), ("not exceeding", .atMost), ("not in excess of", .atMost), ("not under", .atLeast), ("not below", .atLeast), ("passes", .moreThan), ("passed", .moreThan), ("tops", .moreThan), ("topped", .moreThan), ("exceeds", .moreThan), ("exceeded", .moreThan), ("exceeding", .moreThan), ("surpasses", .moreThan), ("surpassed", .moreThan), ("climbs past", .moreThan), ("climbed past", .moreThan), ("rises past", .moreThan), ("rose past", .moreThan), ("goes beyond", .moreThan), ("went beyond", .moreThan), ("crosses", .moreThan), ("crossed", .moreThan), ("nears", .approximate), ("neared", .approximate), ("nearing", .approximate), ("approaches", .approximate), ("approached", .approximate), ("edges toward", .approximate), ("edges towards", .approximate), ("close on", .approximate), ("something like", .approximate), ("an approximate", .approximate), 
            
            ("approximately", .approximate), ("approx.", .approximate), ("approx", .approximate),
            ("about", .approximate), ("around", .approximate), ("roughly", .approximate),
            ("some", .approximate), ("circa", .approximate), ("ca.", .approximate), ("c.", .approximate),
            ("nearly", .approximate), ("almost", .approximate), ("close to", .approximate),
            ("closer to", .approximate), ("approaching", .approximate), ("more or less", .approximate),
            ("perhaps", .approximate), ("possibly", .approximate), ("probably", .approximate),
            ("maybe", .approximate),
            ("barely", .approximate), ("just about", .approximate), ("in the region of", .approximate),
            ("on the order of", .approximate), ("of the order of", .approximate),
            ("~", .approximate), ("\u{2248}", .approximate),

            ("at least", .atLeast), ("at the least", .atLeast), ("at the very least", .atLeast),
            ("no fewer than", .atLeast), ("no less than", .atLeast), ("not fewer than", .atLeast),
            ("not less than", .atLeast), ("a minimum of", .atLeast), ("minimum of", .atLeast),
            ("\u{2265}", .atLeast), (">=", .atLeast),

            ("more than", .moreThan), ("over", .moreThan), ("upwards of", .moreThan),
            ("upward of", .moreThan), ("in excess of", .moreThan), ("greater than", .moreThan),
            ("above", .moreThan), ("well over", .moreThan), ("just over", .moreThan),
            ("well above", .moreThan), ("a little over", .moreThan), ("slightly more than", .moreThan),
            ("just above", .moreThan), ("well in excess of", .moreThan), (">", .moreThan),

            ("up to", .atMost), ("as many as", .atMost), ("at most", .atMost), ("at the most", .atMost),
            ("no more than", .atMost), ("not more than", .atMost), ("a maximum of", .atMost),
            ("maximum of", .atMost), ("\u{2264}", .atMost), ("<=", .atMost),

            // Variants and misspellings of wire copy (review12b): "upto 40", "max 40", "more then 12".
            ("atleast", .atLeast), ("at lest", .atLeast), ("at leat", .atLeast), ("at-least", .atLeast),
            ("minimum", .atLeast), ("min.", .atLeast), ("min", .atLeast), ("a min of", .atLeast), ("not less then", .atLeast),
            ("more then", .moreThan), ("more that", .moreThan), ("morethan", .moreThan), ("more-than", .moreThan),
            ("excess of", .moreThan),
            ("upto", .atMost), ("up-to", .atMost), ("atmost", .atMost), ("max", .atMost), ("max.", .atMost),
            ("a max of", .atMost), ("never more than", .atMost),
            ("less then", .fewerThan), ("just shy of", .fewerThan), ("shy of", .fewerThan),
            ("abt", .approximate), ("abt.", .approximate), ("apx", .approximate), ("apx.", .approximate),
            ("appr.", .approximate), ("appr", .approximate), ("appx.", .approximate), ("appx", .approximate),
            ("arnd", .approximate), ("circa.", .approximate), ("nigh on", .approximate), ("getting on for", .approximate),
            // Ages, not bounds of a count (review12b): "boys as young as 12", "some younger than 15".
            ("as young as", .none), ("as old as", .none), ("younger than", .none), ("older than", .none),
            // Phrasal verbs with "over" are no "more than" (review12b: "Hamas handed over 12 bodies" read 13+).
            ("handed over", .none), ("hands over", .none), ("hand over", .none), ("handing over", .none),
            ("turned over", .none), ("turns over", .none), ("turning over", .none), ("gave over", .none),
            ("signed over", .none), ("passed over", .none), ("ran over", .none), ("runs over", .none),
            ("rolled over", .none), ("took over", .none), ("taken over", .none), ("won over", .none),
            ("north of", .moreThan), ("south of", .fewerThan),
            ("fewer than", .fewerThan), ("less than", .fewerThan), ("under", .fewerThan),
            ("below", .fewerThan), ("just under", .fewerThan), ("just below", .fewerThan),
            ("slightly less than", .fewerThan), ("a little under", .fewerThan), ("short of", .fewerThan),
            ("just short of", .fewerThan), ("<", .fewerThan),
        ],
        after: [
            ("+", .atLeast), ("plus", .atLeast), ("-plus", .atLeast),
            ("or above", .atLeast), ("or over", .atLeast), ("or higher", .atLeast),
            ("and above", .atLeast), ("and over", .atLeast), ("and upwards", .atLeast), ("and up", .atLeast),
            ("or below", .atMost), ("or under", .atMost),
            ("-odd", .odd), ("odd", .odd), ("and odd", .odd), ("-something", .odd), ("something", .odd), ("-some", .odd),
        ],
        trailing: [("i think", .approximate), ("i believe", .approximate), ("i guess", .approximate), ("we think", .approximate), ("we believe", .approximate), ("probably", .approximate), ("likely", .approximate), ("possibly", .approximate), ("presumably", .approximate), ("feared", .approximate), ("presumed", .approximate), ("believed", .approximate), ("at a minimum", .atLeast), ("or even more", .atLeast), ("maybe more", .atLeast), ("perhaps more", .atLeast), ("at the least", .atLeast),  
            ("at least", .atLeast), ("at the least", .atLeast), ("at the very least", .atLeast),
            ("or more", .atLeast), ("and more", .atLeast), ("minimum", .atLeast),
            ("at most", .atMost), ("at the most", .atMost), ("or fewer", .atMost), ("or less", .atMost),
            ("maximum", .atMost),
            ("or so", .approximate), ("or thereabouts", .approximate), ("approximately", .approximate),
            ("roughly", .approximate), ("more or less", .approximate), ("give or take", .approximate),
            ("approx", .approximate), ("approx.", .approximate), ("or thereabout", .approximate), ("rounded", .approximate),
            ("and counting", .atLeast), ("and rising", .atLeast), ("and climbing", .atLeast), ("min.", .atLeast),
            ("perhaps more", .atLeast), ("possibly more", .atLeast), ("probably more", .atLeast), ("likely more", .atLeast),
            ("if not more", .atLeast), ("and possibly more", .atLeast), ("an undercount", .atLeast),
            ("likely an undercount", .atLeast), ("likely an underestimate", .atLeast), ("undercount", .atLeast),
            ("perhaps fewer", .atMost), ("possibly fewer", .atMost), ("likely an overestimate", .atMost), ("tops", .atMost),
            ("max", .atMost), ("max.", .atMost),
        ],
        // Lakh and crore are the South Asian press's hundred thousand and ten million.
        // The plurals after a figure ("6 thousands") are a common non-native form of the
        // same multiplier.
        scales: [
            ("thousand", 1_000), ("thousands", 1_000), ("lakh", 100_000), ("lakhs", 100_000),
            ("lac", 100_000), ("lacs", 100_000),
            ("million", 1_000_000), ("millions", 1_000_000), ("mn", 1_000_000), ("mln", 1_000_000),
            ("crore", 10_000_000), ("crores", 10_000_000),
            ("billion", 1_000_000_000), ("billions", 1_000_000_000), ("bn", 1_000_000_000),
            ("trillion", 1_000_000_000_000), ("quadrillion", 1_000_000_000_000_000),
        ],
        countingUnits: [("dozen", 12), ("dozens", 12), ("score", 20)],
        articles: ["a", "an"],
        countWords: [
            ("a couple", VagueRange(low: 2, best: 2, high: 3)), ("couple", VagueRange(low: 2, best: 2, high: 3)),
            ("a few", VagueRange(low: 2, best: 3, high: 4)), ("few", VagueRange(low: 2, best: 3, high: 4)),
            ("a handful", VagueRange(low: 3, best: 4, high: 5)), ("handful", VagueRange(low: 3, best: 4, high: 5)),
            ("several", VagueRange(low: 3, best: 6, high: 9)),
        ],
        plurals: [
            ("tens", 10, 20, 99), ("dozens", 12, 24, 99), ("scores", 20, 40, 99),
            ("hundreds", 100, 200, 999), ("thousands", 1_000, 2_000, 9_999),
            ("millions", 1_000_000, 2_000_000, 9_999_999),
            ("billions", 1_000_000_000, 2_000_000_000, 9_999_999_999),
        ],
        connectors: ["of"],
        rangeSeparators: ["to", "or"],
        betweenWords: ["between"],
        andWords: ["and"],
        zeroWords: ["none", "nobody", "no one", "not one", "not a single", "zero"],
        sizeless: ["many", "numerous", "countless", "multiple", "lots", "plenty", "untold", "a lot"],
        otherCounts: [
            // Animals (review12c: "12 dead cattle", "12 rhinos killed").
            "cattle", "cows", "sheep", "goats", "dogs", "cats", "fish", "birds", "camels", "horses", "donkeys", "mules", "animals",
            "livestock", "whales", "dolphins", "rhinos", "gorillas", "elephants", "pigs", "chickens", "poultry", "lions",
           
            "times", "fold", "families", "family", "households", "household", "homes", "houses", "house",
            "buildings", "building", "villages", "village", "towns", "town", "cities", "neighbourhoods",
            "neighborhoods", "districts", "provinces", "governorates", "countries", "camps",
            "days", "day", "weeks", "week", "months", "month", "years", "year", "hours", "hour",
            "minutes", "decades", "nights",
            "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres",
            "meters", "metre", "meter", "feet", "yards", "hectares", "acres", "tons", "tonnes", "kg",
            "kilograms", "litres", "liters", "degrees", "percent",
            "shells", "shell", "rockets", "rocket", "missiles", "missile", "mortars", "mortar", "bombs",
            "bomb", "barrels", "airstrikes", "air strikes", "strikes", "raids", "raid", "attacks",
            "attack", "incidents", "explosions", "blasts", "clashes", "operations", "massacres",
            "shots", "rounds", "grenades", "mines", "ieds", "drones", "vehicles", "vehicle", "cars",
            "car", "trucks", "tanks", "aircraft", "planes", "jets", "helicopters", "boats", "ships",
            "checkpoints", "positions", "bases", "schools", "hospitals", "mosques", "churches", "shops",
            "groups", "factions", "brigades", "battalions", "companies", "regiments", "divisions",
            "units", "convoys", "dollars", "euros", "pounds", "rupees", "sides", "fronts", "rounds",
            "points", "votes", "seats", "cases", "areas", "area", "sites", "locations", "places", "regions",
            "sectors", "axes", "busses", "buses", "bridges", "farms", "streets", "roads", "hills", "factories",
            "headquarters", "warplanes", "helicopters", "crops", "explosion", "blast", "strike", "massacre",
            "operation", "incident", "clash",
            "depots", "depot", "settlements", "settlement", "traps", "devices", "launchers", "warehouses",
            "centers", "centres", "stations", "outposts", "posts", "tunnels", "boats",
            // Units written after a figure (issue 12, sixth review): "122 mm", "20 kms", "200 dunums".
            "m", "mm", "cm", "kms", "ha", "dunums", "dunum", "dunams", "donums", "t", "kilos", "mw", "gw", "kw",
            "megawatts", "quarters",
            // Things counted in UCDP headlines: "3000 tents", "14 airstrike", "1070 apartments".
            "tents", "tent", "containers", "container", "apartments", "apartment", "flats", "lashes", "lash",
            "farmlands", "farmland", "targets", "missions", "mission", "airstrike", "air strike",
            "bombings", "bombing", "hill", "brigade", "division", "battalion", "regiment", "group",
            "airdrop", "airdrops", "sorties", "lorries",
            // Aircraft, vehicles and attacks, often after adjectives ("6 long-range bombers",
            // "870 artillery and air strikes"; issue 12, seventh review). "suicide bombers" are
            // people (peopleCompounds).
            "bombers", "fighter-bombers", "gunships", "carriers", "apcs", "humvees", "bulldozers", "ambulances",
            "motorcycles", "motorbikes", "pickups", "airplanes", "aeroplanes", "airliners", "warships", "submarines",
            "frigates", "vessels", "barrages", "salvos", "volleys", "projectiles", "munitions", "warheads",
            "howitzers", "bombardments", "assaults", "ambushes", "skirmishes", "shellings", "uavs",
            "rifles", "guns", "weapons", "pistols", "cannons", "min", "mins", "km2", "sq",
            // A street or a road named by its number after it ("16 street", "6 road").
            "street", "avenue", "boulevard", "lane", "alley", "road",
        ],
        durations: [
            "times", "fold", "days", "day", "weeks", "week", "months", "month", "years", "year", "hours", "hour",
            "minutes", "decades", "nights", "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles",
            "mile", "metres", "meters", "metre", "meter", "feet", "yards", "hectares", "acres", "tons", "tonnes",
            "kg", "kilograms", "litres", "liters", "degrees",
            "m", "mm", "cm", "kms", "ha", "dunums", "dunum", "dunams", "donums", "t", "kilos", "mw", "gw", "kw", "megawatts",
        ],
        personWords: [
            "people", "persons", "person", "civilians", "civilian", "children", "women", "men", "fighters",
            "soldiers", "troops", "members", "militants", "rebels", "insurgents", "refugees", "migrants",
            "casualties", "victims", "deaths", "policemen", "police", "officers", "personnel", "gunmen", "jihadists", "combatants",
            "protesters", "students", "workers", "prisoners", "hostages", "bodies", "individuals",
            "residents", "villagers", "inhabitants", "pupils", "militiamen", "recruits", "strong",
            "elements", "gunmen", "attackers", "pilgrims", "worshippers", "journalists", "doctors", "citizens",
            "citizen", "martyrs", "martyr", "operatives", "commanders", "officers", "detainees", "fighter",
            "persons", "individuals", "cadets", "villagers", "guards", "volunteers", "teenagers",
            // Singular nouns: "a civilian" is one ("a civilian and 5 soldiers" is two figures).
            "soldier", "child", "woman", "man", "boy", "girl", "policeman", "officer", "fighter", "member",
            "militant", "rebel", "journalist", "worker", "student", "farmer", "shepherd", "doctor", "teacher",
            "driver", "passenger", "mother", "father", "son", "daughter", "wife", "husband", "brother",
            "sister", "victim", "resident", "nurse", "priest", "guard", "commander", "leader", "pilot",
            "civilian", "baby", "infant", "toddler", "teenager", "grandmother", "grandfather", "imam",
            "parents", "adults", "relatives", "siblings", "brothers", "sisters", "sons", "daughters",
            "girls", "boys", "youths", "youngsters", "kids", "babies", "infants", "elders", "casualty",
            "supporters", "loyalists", "partisans", "jihadis", "extremists", "terrorists", "islamists",
            "mercenaries", "paramilitaries", "servicemen", "servicemembers", "marines", "sailors", "airmen",
            "peacekeepers", "contractors", "employees", "staffers", "medics", "paramedics",
            "nurses", "teachers", "farmers", "fishermen", "shepherds", "herders", "miners", "traders",
            "passengers", "drivers", "tourists", "monks", "priests", "nuns", "clerics", "suspects",
            "assailants", "defectors", "deserters", "looters", "smugglers", "traffickers",
            "bandits", "pirates", "gangsters", "criminals", "abductees", "captives",
            "demonstrators", "rioters", "mourners", "voters", "candidates", "officials", "politicians",
            "lawmakers", "ministers", "diplomats", "generals", "colonels", "leaders", "chiefs", "elders",
            "militia", "militiamen", "guerrillas", "cadres", "recruits", "conscripts", "reservists",
            // Peoples, nationals and faiths, as wire copy writes them after a figure ("12 Palestinians").
            "afghans", "albanians", "algerians", "americans", "angolans", "arabs", "armenians", "australians",
            "azerbaijanis", "azeris", "bahrainis", "baloch", "balochs", "baluch", "bangladeshis", "belgians",
            "bengalis", "bosnians", "britons", "burmese", "burundians", "cameroonians", "canadians", "chadians",
            "chechens", "chinese", "colombians", "congolese", "croats", "cubans", "egyptians", "emiratis",
            "eritreans", "ethiopians", "europeans", "filipinos", "frenchmen", "georgians", "germans", "ghanaians",
            "greeks", "guineans", "haitians", "hazaras", "hindus", "houthis", "indians", "indonesians", "iranians",
            "iraqis", "israelis", "italians", "ivorians", "japanese", "jews", "jordanians", "kashmiris", "kazakhs",
            "kenyans", "koreans", "kosovars", "kurds", "kuwaitis", "lebanese", "liberians", "libyans", "malians",
            "mauritanians", "mexicans", "moroccans", "mozambicans", "muslims", "christians", "nepalis", "nigerians",
            "nigeriens", "omanis", "pakistanis", "palestinians", "pashtuns", "persians", "qataris", "rohingya",
            "rohingyas", "romanians", "russians", "rwandans", "saudis", "senegalese", "serbs", "shias", "shiites",
            "sikhs", "somalis", "sudanese", "sunnis", "syrians", "tajiks", "tamils", "tanzanians", "thais",
            "tigrayans", "amharas", "oromos", "tuaregs", "tunisians", "turkmen", "turkmens", "turks", "ugandans",
            "ukrainians", "uzbeks", "venezuelans", "vietnamese", "yazidis", "yemenis", "zimbabweans", "druze",
            "alawites", "copts", "bedouins", "assyrians", "uyghurs", "uighurs", "buddhists", "catholics",
            "arakanese", "rakhines", "kachins", "karens", "zealanders", "yorkers", "westerners", "foreigners",
            "expatriates", "nationals", "locals", "tribesmen", "clansmen", "villagers", "settlers",
            "corpses", "lives", "females", "males", "activists", "accomplices", "technicians", "causalities",
            "collaborators", "informants", "spies", "agents", "guardsmen", "policemen", "gunmen",
            "players", "footballers", "athletes", "dealers", "vendors", "labourers", "laborers", "porters",
        ],
        casualtyWords: [
            "dead", "killed", "kills", "killing", "kill", "died", "die", "dies", "wounded", "injured", "hurt",
            "missing", "displaced", "detained", "arrested", "abducted", "kidnapped", "executed", "slain",
            "massacred", "wounding", "injuring", "killings", "fled", "displacing", "left", "leaves",
            "martyred", "flee", "flees", "fleeing", "perished", "perish", "drowned", "burned", "shot",
            "mourned", "besieged", "stranded", "sued", "sentenced", "jailed", "imprisoned", "tortured",
            "raped", "beaten", "lynched", "hanged", "stoned", "flogged", "evacuated", "rescued",
            // flee7 (review49): people who arrived somewhere ("5,000 arrived in Chad" had been
            // refused as an unknown word); where, says the destination rule (Destinations.swift).
            "arrived", "arriving",
        ],
        yearMarkers: ["born", 
            "in", "since", "until", "till", "by", "during", "of", "from", "before", "after", "early",
            "late", "mid", "year", "years", "through", "throughout", "between", "and", "to", "for",
            "fiscal", "end", "spring", "summer", "autumn", "fall", "winter", "jan", "january", "feb",
            "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug",
            "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec",
            "december", "census", "election", "elections", "timeline", "report", "q1", "q2", "q3", "q4",
        ],
        months: [
            "january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun",
            "july", "jul", "august", "aug", "september", "sep", "sept", "october", "oct", "november",
            "nov", "december", "dec",
            // Levantine month names in transliterated Syrian headlines ("23 Shubat Street").
            "kanun", "shubat", "adhar", "nisan", "ayyar", "haziran", "tammuz", "aylul", "tishrin",
        ],
        designations: ["code", "grade", "cell", "bed", "isbn", "issn", "pmid", "arxiv", "mgrs", "case", "house", "doi", "grid", "file", "ref", "squad", "village", "apartment", "flat", "plot", "camps", "sectors", "blocks", "zones", "wards", "phases", "apartments", 
            "route", "highway", "road", "hill", "point", "camp", "sector", "zone", "block", "resolution",
            "article", "flight", "unit", "division", "brigade", "battalion", "regiment", "company",
            "squadron", "platoon", "number", "phase", "kilometre", "kilometer", "km", "lid", "checkpoint",
            "gate", "base", "no", "nr", "command", "post", "outpost", "kilo", "aged", "age", "ages",
            "mile", "district", "ward", "area", "section", "station", "platform", "exit", "street", "avenue",
            "bus", "line", "room", "building", "tower", "hangar", "operation", "terminal", "floor", "chapter",
            "paragraph", "page", "precinct", "bay", "pier", "berth", "tunnel",
            // Numbers of documents and records: "Incident 236", "Annex 54", "p. 64", "N° 328".
            "incident", "annex", "appendix", "volume", "vol", "issue", "edition", "p", "pp", "cont",
            "table", "fig", "figure", "episode", "n°", "nº",
            // "para. 12", "Day 12 of the siege", "Team 3", "COVID 19" (issue 12, sixth review).
            "para", "paras", "day", "week", "year", "hour", "team", "order", "vehicle", "covid", "sars", "mers",
        ],
        // Aircraft, missiles and flights written with a space ("Su 24", "C 130", "Il 76", "ET 302"):
        // matched as written (case-sensitive), so that "c. 500" stays circa.
        models: ["Su", "C", "S", "Il", "Mi", "An", "Tu", "MiG", "Ka", "Yak", "F", "B", "T", "BM", "ET", "MH", "PS", "KC", "AH", "UH", "CH", "MQ", "RQ",
                 "M", "AK", "RPG", "SA", "Kh", "BMP", "BTR", "ZU", "HIMARS"],
        sizeSuffixes: ["strong", "man", "men", "member", "person", "people"],
        timeWords: ["am", "pm", "a.m.", "p.m.", "a.m", "p.m", "hrs", "hours", "gmt", "utc", "o'clock", "h"],
        partsBefore: [
            "including", "includes", "included", "among them", "among whom", "among those", "of whom",
            "of which", "incl.", "incl", "amongst them", "out of whom",
            // "The dead include seven": the dead are more than the figure.
            "dead include", "dead included", "victims include", "victims included", "casualties include",
            "fatalities include", "killed include", "toll includes",
            // "Among the dead were two women": the dead are more than the figure.
            "among the dead", "among the killed", "among the casualties", "among the victims",
            "among the wounded", "among the injured", "among the fatalities", "among the deceased",
            "amongst the dead", "amongst the victims",
        ],
        partsAfter: ["of them", "of whom", "of those", "among them", "of which"],
        othersWords: ["others", "other", "more"],
        oneMore: ["another", "yet another", "one more", "a further one", "an additional one"],
        numberOf: ["number of", "total of", "count of", "tally of"],
        neutral: [
            // Function words and the verbs of casualty reports, so that they are never
            // taken for a qualifier the tables lack.
            "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from",
            "into", "after", "before", "as", "that", "this", "these", "those", "it", "its", "their",
            "his", "her", "were", "was", "is", "are", "be", "been", "has", "have", "had", "say",
            "says", "said", "killed", "kill", "kills", "killing", "leaves", "left", "leave",
            "wounded", "wounds", "wounding", "injured", "injures", "injuring", "dead", "die", "dies",
            "died", "another", "other", "only", "just", "all", "total", "totalling", "totaling",
            "toll", "rises", "rose", "risen", "reaches", "reached", "climbs", "climbed", "to",
            "another", "further", "additional", "extra", "reportedly", "allegedly", "officially",
            "apparently", "initially", "reported", "report", "reports", "claimed", "claims",
            "abducted", "abducts", "kidnapped", "kidnaps", "displaced", "displaces", "arrested",
            "arrests", "detained", "executed", "executes", "massacred", "slaughtered", "captured",
            "shot", "shoots", "kills", "murdered", "murders", "behead", "beheaded", "beheads",
            "lost", "loses", "losing", "killing", "estimated", "around", "than", "least", "most",
            "up", "down", "now", "then", "today", "yesterday", "tonight", "daily", "weekly", "monthly",
            "family", "july", "italy", "fatally", "seriously", "critically", "severely", "slightly",
            "lightly", "mostly", "mainly", "largely", "nearly", "roughly", "recently", "previously",
            "earlier", "later", "ago", "who", "which", "whom", "while", "when", "where", "there",
            "here", "we", "they", "he", "she", "you", "i", "not", "no", "but", "if", "so", "do",
            "does", "did", "will", "would", "could", "should", "may", "might", "must", "can",
            "war", "die", "am", "um", "den", "bin", "on", "own", "our",
            // Prepositions, days and adverbs that follow a figure ("killed 12 near Aleppo on Monday").
            "near", "outside", "inside", "across", "within", "among", "amongst", "amid", "amidst", "against",
            "toward", "towards", "along", "behind", "beyond", "despite", "throughout", "upon", "onto", "via",
            "without", "under", "over", "around", "about", "since", "until", "till", "through", "between",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "overnight",
            "last", "this", "next", "early", "late", "late-night", "morning", "evening", "night", "afternoon",
            "separately", "respectively", "altogether", "overall", "so", "far", "also", "too", "each",
            "suspected", "alleged", "so-called", "unidentified", "unknown", "armed", "innocent", "dead",
            "according", "reportedly", "including", "in", "across", "found", "local", "people's", "whose",
        ],
        currencies: ["pounds", "pound", "fcfa", "xof", "xaf", "cdf", "sdg", "lbp", "egp", "syp", "iqd", "s/.", "won", "dollars", "dollar", "usd", "eur", "euro", "euros", "gbp", "sterling", "rupees", "rupee", "rs", "inr", "riyal", "riyals", "rial", "rials", "sar", "aed", "dirham", "dirhams", "dinar", "dinars", "lira", "liras", "pesos", "peso", "yuan", "rmb", "rubles", "roubles", "ruble", "rouble", "afghanis", "afghani", "shillings", "naira", "francs", "cfa", "birr", "yen", "tomans", "toman"],
        fractionsOf: ["half of", "half of the", "half the", "a third of", "a third of the", "one third of", "one-third of", "two thirds of", "two-thirds of", "two-thirds of the", "a quarter of", "a quarter of the", "three quarters of", "three-quarters of", "one quarter of", "one-quarter of", "one half of", "one-half of", "a fifth of", "one fifth of", "one-fifth of", "two fifths of", "two-fifths of", "a tenth of", "one tenth of", "one-tenth of", "most of", "most of the", "majority of", "majority of the", "minority of the", "some of the", "many of the", "part of the", "a fraction of the", "several of the", "a few of the", "dozens of the", "all but"],
        capacities: ["built for", "designed for", "capacity of", "a capacity of", "capacity for", "population of",
                     "a population of", "home to", "a town of", "a city of", "a village of", "a camp of", "a convoy of",
                     "convoy of", "a camp for", "room for", "space for", "enough for"],
        singular: ["a", "an", "the", "his", "her", "its"],
        possessives: ["his", "her", "its", "their"],
        onePerson: ["interpreter", "translator", "bodyguard", "guide", "fixer", "soldier", "child", "woman", "man", "adult", "elder", "elderly", "boy", "girl", "policeman", "policewoman", "officer", "fighter", "member", "militant", "rebel", "journalist", "reporter", "photographer", "cameraman", "worker", "student", "farmer", "shepherd", "herder", "doctor", "medic", "paramedic", "nurse", "teacher", "driver", "passenger", "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "cousin", "nephew", "niece", "uncle", "aunt", "grandson", "granddaughter", "grandmother", "grandfather", "victim", "resident", "villager", "priest", "imam", "guard", "commander", "leader", "chief", "elder", "pilot", "civilian", "baby", "infant", "toddler", "teenager", "gunman", "bomber", "attacker", "assailant", "shooter", "suspect", "official", "director", "manager", "employee", "trader", "shopkeeper", "merchant", "activist", "mayor", "governor", "judge", "lawyer", "prisoner", "detainee", "hostage", "volunteer", "engineer", "contractor", "tourist", "pilgrim", "worshipper", "colonel", "general", "captain", "lieutenant", "sergeant", "corporal", "brigadier", "peacekeeper", "sheikh", "cleric", "monk", "nun", "bishop", "minister", "mp", "senator", "councillor", "councilor"],
        groups: ["sdf", "ypg", "ypj", "fsa", "isis", "isil", "daesh", "pkk", "hts", "army", "military", "police", "militia", "militias", "forces", "regime", "gendarmerie", "crew", "staff", "family", "household", "tribe", "clan", "patrol", "garrison", "convoy", "squad", "team", "guards", "coalition", "navy", "polices",
                 // Plurals: "two families and 4 people" names people the 4 do not count.
                 "families", "households", "tribes", "clans", "crews", "teams", "squads", "patrols"],
        joins: ["&", "as well as", "plus", "along with", "together with", "alongside", "besides", "in addition to"],
        attributions: ["according to", "per", "via", "citing", "quoting", "quoted"],
        changes: ["revised", "corrected", "updated", "amended", "adjusted", "upgraded", "downgraded", "escalated", "spiked", "upward", "upwards", "downward", "downwards", "rose", "rises", "risen", "rise", "rising", "climbed", "climbs", "climbing", "increased", "increases", "increasing", "jumped", "jumps", "soared", "grew", "grown", "fell", "falls", "dropped", "declined", "up", "down", "surged", "swelled", "raised", "raising", "revised", "doubled", "went"],
        // "another 12", "rose by 12", "Report 328": an increment or a document's number, not a toll.
        increments: ["another", "yet another", "a further", "further", "an additional", "additional",
                     // "Death toll up 12": "up" alone would take "picked up 12 bodies" too.
                     "toll up", "toll down", "tally up", "deaths up", "casualties up", "deaths down", "casualties down",
                     "killings up", "killings down", "fatalities up", "fatalities down", "dead up",
                     // "an increase of 12", "a rise of 12": the amount of a change.
                     "an increase of", "increase of", "a rise of", "rise of", "a jump of", "jump of", "an increment of",
                     "a drop of", "drop of", "a fall of", "a decrease of", "decrease of", "a decline of"],
        // "12 up on last week", "12 down from May": a change by the figure.
        // "10 new deaths": the deaths added to an earlier toll.
        incrementsAfter: ["further", "additional", "fresh", "extra", "new", "up on", "up from", "up over", "up compared", "up against", "down on", "down from",
                          "down over", "down compared", "down against"],
        changeBy: ["by"],
        documents: ["report", "reports", "bulletin", "newsletter", "communique", "communiqué", "update", "sitrep", "brief", "briefing", "dispatch", "release", "statement"],
        rates: ["per hundred", "per thousand", "per 100", "per 1,000", "per 10,000", "a day", "per day", "each day", "every day", "a week", "per week", "each week", "every week", "a month", "per month", "each month", "every month", "a year", "per year", "every year", "an hour", "per hour", "every hour", "per village", "per town", "per person", "every", "daily", "weekly", "monthly", "a night", "per night"],
        perEach: ["each", "apiece"],
        comparisons: ["than"],
        comparatives: ["more", "fewer", "less"],
        ageWords: ["aged", "age", "ages"],
        measures: [("fatal casualties", "killed"), ("fatal casualty", "killed"), ("slain", "killed"), ("lynched", "killed"), ("beheaded", "killed"), ("massacred", "killed"), ("perished", "killed"), ("martyred", "killed"), ("executed", "killed"), ("dead", "killed"), ("killed", "killed"), ("died", "killed"), ("deaths", "killed"), ("fatalities", "killed"), ("fatality", "killed"), ("death", "killed"), ("wounded", "injured"), ("injured", "injured"), ("hurt", "injured"), ("injuries", "injured"), ("killing", "killed"), ("kills", "killed"), ("kill", "killed"), ("injuring", "injured"), ("wounding", "injured"), ("injures", "injured"), ("injure", "injured"), ("wounds", "injured"), ("kidnapped", "kidnapped"), ("abducted", "kidnapped"), ("missing", "missing"), ("disappeared", "missing"), ("arrested", "arrested"), ("detained", "arrested"), ("displaced", "displaced"), ("martyrs", "killed"), ("martyr", "killed"), ("wound", "injured"), ("injury", "injured"),
                   // Other outcomes than a death or an injury (review12b): under --measure killed they are refused.
                   ("rescued", "rescued"), ("saved", "rescued"), ("evacuated", "evacuated"), ("captured", "captured"),
                   ("surrendered", "captured"), ("released", "released"), ("freed", "released"), ("exchanged", "released"),
                   ("survived", "survived"), ("survivors", "survived"), ("fled", "displaced"), ("hospitalised", "injured"),
                   ("hospitalized", "injured"), ("maimed", "injured"),
                   // What happened to the people counted (review12c): read for that measure, refused for another.
                   ("beheaded", "killed"), ("decapitated", "killed"), ("slain", "killed"), ("perished", "killed"), ("martyred", "killed"), ("massacred", "killed"), ("lynched", "killed"), ("executed", "killed"), ("murdered", "killed"), ("assassinated", "killed"), ("shot dead", "killed"), ("shot and killed", "killed"), ("gunned down", "killed"), ("burned to death", "killed"), ("burnt to death", "killed"), ("stabbed to death", "killed"), ("beaten to death", "killed"), ("hacked to death", "killed"), ("eliminated", "killed"), ("liquidated", "killed"), ("shot and wounded", "injured"), ("shot and injured", "injured"), ("shot", "shot"), ("shot at", "shot"), ("burned", "burned"), ("burnt", "burned"), ("tortured", "tortured"), ("raped", "raped"), ("sexually assaulted", "raped"), ("besieged", "besieged"), ("taken prisoner", "captured"), ("taken captive", "captured"), ("taken hostage", "kidnapped"), ("held hostage", "kidnapped"), ("flee", "displaced"), ("flees", "displaced"), ("fleeing", "displaced"), ("uprooted", "displaced"),
                   // phrases12 (issue 12, silent): "eliminated", "liquidated" of military press are killing
                   // words ("12 soldiers eliminated" read 12 under injured and idps); "neutralised" stays
                   // its own fate (killed or captured), refused under killed and injured alike.
                   // flee7 (review49): finding refuge is being displaced ("5,000 sought refuge in Chad"
                   // had been refused as an unknown word); where, says the destination rule.
                   ("sought refuge", "displaced"), ("took refuge", "displaced"), ("found refuge", "displaced"),
                   ("sought shelter", "displaced"), ("took shelter", "displaced"), ("sought sanctuary", "displaced"),
                   ("seeking refuge", "displaced"), ("sought asylum", "displaced"), ("neutralised", "neutralised"), ("neutralized", "neutralised")],
        // Nouns of people whose state is a measure ("1200 refugees"): read for it unless a verb after them
        // says what happened to them ("12 refugees were killed").
        statusMeasures: [("casualties", "casualties"), ("casualty", "casualties"), ("refugees", "displaced"), ("refugee", "displaced"), ("idps", "displaced"), ("evacuees", "evacuated"), ("hostages", "kidnapped"), ("hostage", "kidnapped"), ("captives", "kidnapped"), ("abductees", "kidnapped"), ("prisoners", "arrested"), ("prisoner", "arrested"), ("detainees", "arrested"), ("detainee", "arrested"), ("pows", "captured"), ("asylum-seekers", "displaced"), ("asylum seekers", "displaced")],
        peopleCompounds: ["suicide bombers", "suicide bomber", "suicide-bombers", "would-be bombers"],
        newPlaces: ["new zealand", "new zealanders", "new zealander", "new york", "new yorkers", "new yorker",
                    "new delhi", "new jersey", "new mexico", "new mexicans", "new guinea", "new guineans",
                    "new caledonia", "new caledonians", "new orleans", "new england", "new hampshire",
                    "new brunswick", "new south wales", "new britain", "new ireland", "new hebrides"],
        thingModifiers: ["artillery", "air", "aerial", "ground", "land", "rocket", "missile", "mortar", "naval",
                         "sea", "drone", "tank", "helicopter", "barrel", "cluster", "incendiary", "phosphorus",
                         "suicide", "car", "truck", "heavy", "light", "long-range", "short-range", "medium-range"],
        percents: ["percent", "per cent", "pc", "pct", "percentage points", "percentage point", "per mille"],
        percentsBefore: [],
        negations: [
                    // review12c: retractions and figures that did not happen.
                    "retracted", "retraction", "retracts", "wrong", "exaggerated", "premature", "walked back", "baseless", "incorrect", "dismissed reports", "rejected the toll", "disputes", "disputed", "could", "would", "might", "threatened to", "planned to", "tried to", "attempted to", "plot to", "enough to", "projected", "may exceed", "may top", "may reach", 
                    "not", "never", "didn't", "wasn't", "weren't", "hadn't", "haven't", "hasn't", "isn't", "aren't",
                    "denied that", "denies that", "deny that", "denying that", "denied reports", "denies reports",
                    "denied claims", "denies claims", "denied killing", "denies killing", "deny killing", "denying killing",
                    "false", "falsely", "untrue", "misleading", "fabricated", "fake", "rumours", "rumors", "rumoured", "rumored", "unconfirmed",
                    "unverified", "alive", "refuted", "debunked", "hoax"],
        // review12c: people counted by another outcome than death or injury.
        outcomes: ["refugees", "refugee", "evacuees", "evacuated", "detainees", "prisoners", "prisoner", "captives", "captured", "hostages", "freed", "released", "rescued", "saved", "survivors", "survived", "unharmed", "escaped", "raped", "tortured", "burned", "shot", "besieged", "taken", "fled", "flee", "surrendered", "hospitalised", "hospitalized"],
        // English number words as parts of one number, read by the grammar every table shares
        // (NumberWords.swift): "twenty-five", "two hundred and five", "one thousand two
        // hundred", "twelve hundred", "two lakh". What only English does around them ("a
        // hundred", "two dozen", "two and a half million") is ``numberWords(at:joinAnd:)``.
        numberParts: NumberParts(
            units: [("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
                    ("seven", 7), ("eight", 8), ("nine", 9)],
            teens: [("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14),
                    ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19)],
            tens: [("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60),
                   ("seventy", 70), ("eighty", 80), ("ninety", 90)],
            timesHundred: ["hundred"],
            scales: [("thousand", 1_000), ("thousands", 1_000), ("lakh", 100_000), ("lakhs", 100_000),
                     ("lac", 100_000), ("lacs", 100_000), ("million", 1_000_000), ("millions", 1_000_000),
                     ("mn", 1_000_000), ("mln", 1_000_000), ("crore", 10_000_000), ("crores", 10_000_000),
                     ("billion", 1_000_000_000), ("billions", 1_000_000_000), ("bn", 1_000_000_000),
                     ("trillion", 1_000_000_000_000), ("quadrillion", 1_000_000_000_000_000)],
            joiners: ["and"],
            hyphens: true,
            tensOfHundreds: true
        ),
        ratios: ["in", "out of", "in every", "of every", "out of every", "for every", "in each", "out of each"],
        ordinals: ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"],
        parents: ["father of", "mother of", "father-of-", "mother-of-", "dad of", "mum of", "mom of", "grandfather of", "grandmother of", "parent of", "parents of"],
        averages: ["on average", "an average of", "average of", "averaging", "on an average"],
        additions: ["added", "adds", "adding"],
        fillers: ["um", "uh", "er", "erm", "uhm", "umm", "hmm"],
        qualifierTails: ["least", "than"],
        expectations: ["expect", "expects", "expected", "expecting", "anticipate", "anticipates", "anticipated", "predict", "predicts", "predicted", "forecast", "forecasts"],
        trends: ["and falling", "and dropping", "and declining", "and decreasing", "and going down", "and shrinking"],
        agesAfter: ["yrs", "yr", "y.o.", "y.o", "y/o", "yo", "yrs old", "yr old", "years old", "year old", "years of age"],
        // Groups a count may be a part of ("12 of the dead", "most dead, 300"), and names of
        // places that open with a number word (review20b, review21).
        groupOf: ["of"],
        groupArticles: ["the", "those", "these"],
        nounPhraseWords: ["its", "their", "among", "amongst"],
        deadGroups: ["victims", "deaths", "fatalities", "casualties", "dead", "killed", "wounded", "injured"],
        partQuantifiers: ["most", "some", "many", "majority", "minority", "rest", "remainder"],
        kinNames: ["sisters", "brothers", "saints", "kings"],
        // Words names of places are made of (stop 26: "Forty Fort residents killed" read 40).
        nameNouns: ["fort", "forts", "oak", "oaks", "river", "rivers", "palm", "palms", "mile", "miles", "point", "points",
                    "corner", "corners", "hill", "hills", "lake", "lakes", "spring", "springs", "fork", "forks", "island",
                    "islands", "isle", "isles", "creek", "creeks", "bridge", "bridges", "pine", "pines", "elm", "elms",
                    "well", "wells", "harbor", "harbors", "harbour", "harbours", "town", "towns", "falls", "ways",
                    "roads", "crossroads", "gates", "mills", "acres", "peaks", "stars", "chimneys", "dials", "fields",
                    "woods", "trees", "ponds", "rocks", "stones", "bays", "mountains", "valleys", "chapels", "churches",
                    "lanes", "waters", "seas", "pools", "willows", "cedars", "poplars", "brooks", "ridges", "fords",
                    "bluffs", "heights", "plains", "meadows", "crossings", "villages", "cities", "counties"],
        eventNouns: ["shooting", "bombing", "blast", "explosion", "massacre", "stampede", "violence", "standoff", "siege", "crash"],
        placeNouns: ["region", "province", "district", "area", "county", "state", "governorate", "city", "town", "village",
                     "valley", "camp", "neighbourhood", "neighborhood", "township", "municipality", "community",
                     "prefecture", "oblast", "raion"],
        fractionDeterminers: ["the", "those", "these", "its", "their", "all"],
        // Places, peoples and groups a count of people is of, after a number word at a
        // sentence's start ("Two Texas residents killed", "Seven Myanmar soldiers"): those
        // that no demonym ending (-an, -ese, -ish, -i, -ic, -ist) and no acronym already
        // mark. Any other capitalised word there begins a name (phrases17: "Nine Ladies
        // residents killed" read 9). Countries, regions of the bundled datasets, US states,
        // armed groups.
        // The countries are the one table of countries (``CountryWords``, Destinations.swift),
        // whose English forms of several words are matched whole ("Two Sierra Leone
        // soldiers"); here only what it lacks: parts of names written apart, acronyms in
        // lower case, a city and continents (flee7: one list, as the destination rule's).
        countedNames: CountryWords.englishForms + [
            "faso", "sri", "lanka", "uk", "us", "usa", "mumbai", "africa", "asia",
            // Regions and cities of the bundled datasets and the wires.
            "gaza", "kashmir", "darfur", "idlib", "aleppo", "afrin", "raqqa", "deir", "homs", "hama", "daraa",
            "damascus", "manbij", "mosul", "rakhine", "shan", "kachin", "karen", "chin", "sagaing", "magway",
            "mandalay", "yangon", "dhaka", "chittagong", "rangpur", "sylhet", "khulna", "rajshahi", "barisal",
            "kabul", "kandahar", "helmand", "balochistan", "punjab", "sindh", "karachi", "lahore", "peshawar",
            "waziristan", "tigray", "amhara", "oromia", "benghazi", "tripoli", "sinai", "donbas", "donetsk",
            "luhansk", "crimea", "kharkiv", "kyiv", "kiev", "odesa", "odessa", "mali", "sahel", "gulf", "assam",
            "manipur", "chhattisgarh", "jharkhand", "mindanao", "papua", "aceh", "cabo", "delgado", "ituri", "kivu",
            "beni", "goma", "borno", "yobe", "adamawa", "zamfara", "katsina", "kaduna", "plateau", "benue", "lagos",
            "abuja", "mogadishu", "jubaland", "puntland", "somaliland", "khartoum", "kordofan", "juba", "bamako",
            "ouagadougou", "niamey", "tillaberi", "diffa", "jerusalem", "hebron", "jenin", "nablus", "ramallah",
            "beirut", "baghdad", "basra", "anbar", "kirkuk", "erbil", "sanaa", "aden", "taiz", "hodeidah", "marib",
            // US states (wire copy of shootings).
            "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
            "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
            "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
            "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont",
            "virginia", "washington", "wisconsin", "wyoming", "chicago", "houston", "dallas", "atlanta", "detroit",
            // Peoples and faiths whose adjective no demonym ending marks.
            "swiss", "french", "dutch", "czech", "thai", "greek", "welsh", "scots", "kurd", "arab", "druze", "rohingya",
            "baloch", "uyghur", "uighur", "tamil", "sikh", "hindu", "muslim", "shia", "shiite", "alawite", "copt",
            "pashtun", "hazara", "tuareg", "hausa", "igbo", "yoruba", "oromo", "afar", "maasai", "zulu", "hutu", "tutsi",
            "serb", "croat", "bosniak", "uzbek", "tajik", "kazakh", "turkmen", "chechen", "dagestani", "jew", "catholic",
            "protestant", "buddhist", "rebel", "army", "navy", "police", "coast", "border", "federal", "state", "national",
            // Adjectives of the people counted, capitalised in title case ("Six Female Medics
            // Murdered", a UCDP headline).
            "female", "male", "young", "elderly", "old", "unarmed", "armed", "foreign", "local", "senior", "junior",
            "former", "alleged", "suspected", "innocent", "masked", "unidentified", "unknown", "top", "key", "ethnic",
            "tribal", "government", "opposition", "security", "hindu", "minority", "christian", "pregnant", "teenage",
            "off-duty", "retired", "veteran", "missing", "detained", "injured", "wounded", "dead",
            // Armed groups and parties named before their members.
            "hezbollah", "hamas", "fatah", "houthi", "shabaab", "wagner", "nusra", "tahrir", "boko", "haram",
            "ansar", "awami", "bnp", "anc", "pkk", "farc", "eln", "isis", "isil", "daesh", "qaeda", "jamaat",
            // (phrases18) Organisations, services and trades named before the people they
            // employ, in title case ("Four Aid Workers Killed", "Two Red Cross workers
            // killed", "Two Uber drivers killed" were refused as names). Listed one by one:
            // a word no table lists there may begin a name a number belongs to ("Nine Network
            // Staff", "Five Below Workers"), so no rule admits them. Entries of several
            // words are matched whole.
            "aid", "relief", "rescue", "health", "polio", "vaccination", "election", "medical", "prison", "customs",
            "construction", "factory", "farm", "oil", "coal", "taxi", "party", "union", "church", "university",
            "college", "uber", "amazon", "red cross", "red crescent", "white helmets", "civil defence", "civil defense",
            "doctors without borders", "médecins sans frontières", "medecins sans frontieres", "world food programme",
            "al jazeera", "reuters", "associated press",
        ],
        // Names of a statistical interval before its ends, after the figure it is around
        // (phrases21, review30 S18).
        intervals: ["ci", "ui", "cri", "pi", "iqr", "confidence interval", "uncertainty interval", "credible interval", "prediction interval", "interquartile range", "plausible range", "range"]
    )
}
