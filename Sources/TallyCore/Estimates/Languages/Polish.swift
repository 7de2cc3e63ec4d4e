// Polish (pl). Spaces group digits ("12 000") under `--locale pl`.

extension Languages {
    static let polish = LanguageTable(
        code: "pl",
        before: [
            ("nie więcej niż", .atMost), ("nie mniej niż", .atLeast), 
            
            ("co najmniej", .atLeast), ("przynajmniej", .atLeast),
            ("ponad", .moreThan), ("przeszło", .moreThan), ("powyżej", .moreThan), ("więcej niż", .moreThan),
            ("około", .approximate), ("ok.", .approximate), ("blisko", .approximate), ("prawie", .approximate),
            ("niemal", .approximate), ("mniej więcej", .approximate),
            ("maksymalnie", .atMost), ("najwyżej", .atMost),
            ("mniej niż", .fewerThan), ("poniżej", .fewerThan),
        ],
        numbers: [
            ("dwa", 2), ("dwie", 2), ("trzy", 3), ("cztery", 4), ("pięć", 5), ("sześć", 6), ("siedem", 7),
            ("osiem", 8), ("dziewięć", 9), ("dziesięć", 10), ("jeden", 1), ("jedna", 1), ("jedno", 1),
            ("dwóch", 2), ("trzech", 3), ("czterech", 4), ("pięciu", 5), ("sześciu", 6), ("siedmiu", 7),
            ("ośmiu", 8), ("dziewięciu", 9), ("dziesięciu", 10), ("dwoje", 2), ("troje", 3),
        ],
        scales: [
            ("tys.", 1_000), ("tys", 1_000), ("tysiąc", 1_000), ("tysiące", 1_000), ("tysięcy", 1_000),
            ("mln", 1_000_000), ("mln.", 1_000_000), ("milion", 1_000_000), ("miliony", 1_000_000),
            ("milionów", 1_000_000), ("mld", 1_000_000_000),
        ],
        countWords: [
            ("kilka", VagueRange(low: 3, best: 6, high: 9)), ("kilkanaście", VagueRange(low: 11, best: 15, high: 19)),
            ("kilkunastu", VagueRange(low: 11, best: 15, high: 19)), ("kilkudziesięciu", VagueRange(low: 20, best: 60, high: 99)),
            ("kilkadziesiąt", VagueRange(low: 20, best: 60, high: 99)), ("kilkaset", VagueRange(low: 300, best: 600, high: 900)),
        ],
        plurals: [("dziesiątki", 10, 20, 99), ("setki", 100, 200, 999), ("tysiące", 1_000, 2_000, 9_999)],
        rangeSeparators: ["lub", "do"],
        sizeless: ["wiele", "wielu", "liczne"],
        otherCounts: [
            "rodzin", "rodziny", "razy", "domów", "dni", "tygodni", "miesięcy", "lat", "godzin", "rakiet",
            "pocisków", "wybuchów", "eksplozji", "nalotów", "ataków", "budynków",
            "bombowców", "samolotów", "śmigłowców", "czołgów", "dronów", "uderzeń",
        ],
        durations: ["razy", "dni", "tygodni", "miesięcy", "lat", "godzin"],
        personWords: [
            // After a figure (seventh review: the word after a figure must be known).
            "napastników", "napastnicy", "terrorystów", "bojowników", "żołnierzy", "cywilów", "osób", "dzieci", "kobiet", "pasażerów", "mieszkańców", 
            "osób", "osoby", "ludzi", "zabitych", "rannych", "cywilów", "dzieci", "żołnierzy", "ofiar", "uchodźców"],
        casualtyWords: ["rannych", "ranni", "zginęło", "zginęli", "zabitych"],
        yearMarkers: ["w", "roku", "od", "r."],
        months: [
            "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
            "października", "listopada", "grudnia",
        ],
        // Streets, roads and units before their number ("شارع الـ 16"; issue 12, seventh review).
        designations: ["ulica", "ulicy", "ul", "aleja", "brygada", "dywizja", "batalion", "rezolucja", "numer"],
        partsBefore: ["wśród zabitych", "wśród ofiar", "w tym", "wśród nich"],
        othersWords: ["innych", "kolejnych", "kolejne"],
        numberOf: ["liczba", "liczby"],
        neutral: [
            "i", "w", "z", "na", "do", "od", "się", "jest", "są", "zginęło", "zginęli", "zostało", "zostali",
            "rannych", "liczba", "wzrosła", "to", "że", "przez", "po", "liczby", "śmierć", "zginęło", "zabite",
            "zabitych", "jest", "już", "też", "tez",
        ],
        currencies: ["złotych", "zł", "dolarów", "euro"],
        fractionsOf: ["połowa z", "większość z"],
        singular: [],
        possessives: [],
        onePerson: ["kierowca", "pasażer", "żołnierz", "policjant", "dziecko", "kobieta", "mężczyzna", "chłopiec", "dziewczynka", "cywil", "dziennikarz"],
        groups: ["wojsko", "armia", "policja", "milicja", "siły", "załoga", "rodzina", "żołnierze", "patrol", "straż"],
        joins: ["&", "i", "oraz", "a także", "wraz z", "plus"],
        attributions: ["według", "wg", "podała", "podaje"],
        changes: ["wzrosła", "wzrósł", "wzrosło"],
        changeBy: ["o"],
        documents: ["raport", "biuletyn", "komunikat"],
        rates: ["dziennie", "na dzień", "tygodniowo", "miesięcznie", "każdego dnia"],
        perEach: ["każdej", "każda"],
        comparisons: [],
        measures: [("zabitych", "killed"), ("zginęło", "killed"), ("zginęli", "killed"), ("rannych", "injured"), ("ranni", "injured"),
                   // What happened to the people counted (review12c): read for that measure, refused for another.
                   ("zamordowanych", "killed"), ("straconych", "killed"), ("zastrzelonych", "killed"), ("porwanych", "kidnapped"), ("zatrzymanych", "arrested"), ("aresztowanych", "arrested"), ("zaginionych", "missing"), ("uwolnionych", "released"), ("ewakuowanych", "evacuated")],
        // Nouns of people whose state is a measure ("1200 refugees"): read for it unless a verb after them
        // says what happened to them ("12 refugees were killed").
        statusMeasures: [("uchodźców", "displaced"), ("uchodźcy", "displaced"), ("przesiedleńców", "displaced"), ("zakładników", "kidnapped"), ("jeńców", "captured"), ("więźniów", "arrested")],
        percents: ["procent", "procenta", "proc."],
        percentsBefore: [],
        negations: ["zaprzeczył", "zaprzeczyła", "zdementował", "fałszywe", "plotki"],
        // Number words as parts of one number (NumberWords.swift): "composed" readings.
        numberParts: NumberParts(
            units: [("jeden", 1), ("jedna", 1), ("jedno", 1), ("dwa", 2), ("dwie", 2), ("dwóch", 2), ("trzy", 3), ("trzech", 3), ("cztery", 4), ("czterech", 4), ("pięć", 5), ("pięciu", 5), ("sześć", 6), ("sześciu", 6), ("siedem", 7), ("siedmiu", 7), ("osiem", 8), ("ośmiu", 8), ("dziewięć", 9), ("dziewięciu", 9)],
            teens: [("dziesięć", 10), ("dziesięciu", 10), ("jedenaście", 11), ("jedenastu", 11), ("dwanaście", 12), ("dwunastu", 12), ("trzynaście", 13), ("trzynastu", 13), ("czternaście", 14), ("czternastu", 14), ("piętnaście", 15), ("piętnastu", 15), ("szesnaście", 16), ("szesnastu", 16), ("siedemnaście", 17), ("siedemnastu", 17), ("osiemnaście", 18), ("osiemnastu", 18), ("dziewiętnaście", 19), ("dziewiętnastu", 19)],
            tens: [("dwadzieścia", 20), ("dwudziestu", 20), ("trzydzieści", 30), ("trzydziestu", 30), ("czterdzieści", 40), ("czterdziestu", 40), ("pięćdziesiąt", 50), ("pięćdziesięciu", 50), ("sześćdziesiąt", 60), ("sześćdziesięciu", 60), ("siedemdziesiąt", 70), ("siedemdziesięciu", 70), ("osiemdziesiąt", 80), ("osiemdziesięciu", 80), ("dziewięćdziesiąt", 90), ("dziewięćdziesięciu", 90)],
            hundreds: [("sto", 100), ("stu", 100), ("dwieście", 200), ("dwustu", 200), ("trzysta", 300), ("trzystu", 300), ("czterysta", 400), ("czterystu", 400), ("pięćset", 500), ("pięciuset", 500), ("sześćset", 600), ("sześciuset", 600), ("siedemset", 700), ("siedmiuset", 700), ("osiemset", 800), ("ośmiuset", 800), ("dziewięćset", 900), ("dziewięciuset", 900)],
            scales: [("tysiąc", 1000), ("tysiące", 1000), ("tysięcy", 1000), ("milion", 1000000), ("miliony", 1000000), ("milionów", 1000000), ("miliard", 1000000000)],
            wholeScales: [("tysiąc", 1000)]
        ),
        ratios: ["na każdych", "z każdych", "na", "z"],
        parents: ["ojciec", "matka"],
        averages: ["średnio", "przeciętnie"],
        timesBefore: ["o godzinie"],
        agesAfter: ["lat życia"],
        groupOf: ["z"],
        groupOfThe: ["z"],
        // "jedna z ofiar", "12 z poległych": nouns of the dead and hurt in the genitive plural.
        deadGroups: ["ofiar", "ofiary", "zabitych", "poległych", "zmarłych", "rannych", "zabici", "polegli", "zmarli", "ranni"],
        // Names of a statistical interval before its ends, after the figure it is around
        // (phrases21, review30 S18).
        intervals: ["pu", "przedział ufności"]
    )
}
