// Turkish (tr). A case suffix after an apostrophe stays with its figure:
// "100'den fazla" (more than 100).

extension Languages {
    static let turkish = LanguageTable(
        code: "tr",
        before: [
            ("en az", .atLeast), ("en azından", .atLeast),
            ("yaklaşık", .approximate), ("yaklaşık olarak", .approximate), ("tahminen", .approximate),
            ("neredeyse", .approximate),
            ("en fazla", .atMost),
        ],
        after: [("kadar", .approximate), ("'e yaklaştı", .approximate), ("'a yaklaştı", .approximate), ("'ye yaklaştı", .approximate), ("'ya yaklaştı", .approximate), ("'ü aştı", .moreThan), ("'u aştı", .moreThan), ("'i aştı", .moreThan), ("'ı aştı", .moreThan),  ("'a yakın", .approximate), ("'e yakın", .approximate), ("'ya yakın", .approximate), ("'ye yakın", .approximate), 
            ("'den fazla", .moreThan), ("'dan fazla", .moreThan), ("'ten fazla", .moreThan),
            ("'tan fazla", .moreThan), ("'den az", .fewerThan), ("'dan az", .fewerThan),
            ("'ten az", .fewerThan), ("'tan az", .fewerThan), ("'e kadar", .atMost), ("'a kadar", .atMost),
            ("'ye kadar", .atMost), ("'ya kadar", .atMost), ("'ün üzerinde", .moreThan),
            ("'in üzerinde", .moreThan), ("'un üzerinde", .moreThan), ("'ı aşkın", .moreThan),
            ("'i aşkın", .moreThan), ("'u aşkın", .moreThan), ("'ü aşkın", .moreThan),
        ],
        trailing: [("fazla", .moreThan), ("civarında", .approximate), ("aşkın", .moreThan)],
        numbers: [
            ("iki", 2), ("üç", 3), ("dört", 4), ("beş", 5), ("altı", 6), ("yedi", 7), ("sekiz", 8),
            ("dokuz", 9), ("yirmi", 20), ("otuz", 30), ("yüz", 100),
            ("kırk", 40), ("elli", 50), ("altmış", 60), ("yetmiş", 70), ("seksen", 80), ("doksan", 90),
            ("on bir", 11), ("on iki", 12), ("on üç", 13), ("on dört", 14), ("on beş", 15), ("on altı", 16),
            ("on yedi", 17), ("on sekiz", 18), ("on dokuz", 19),
        ],
        numbersAfter: [("bir", 1)
        ],
        scales: [("bin", 1_000), ("milyon", 1_000_000), ("milyar", 1_000_000_000)],
        articles: ["bir"],
        countWords: [("birkaç", VagueRange(low: 2, best: 3, high: 4))],
        plurals: [
            ("onlarca", 10, 20, 99), ("yüzlerce", 100, 200, 999), ("binlerce", 1_000, 2_000, 9_999),
            ("on binlerce", 10_000, 20_000, 99_999), ("yüz binlerce", 100_000, 200_000, 999_999),
        ],
        rangeSeparators: ["ile", "ila", "veya"],
        andWords: ["ve"],
        sizeless: ["birçok", "çok sayıda"],
        otherCounts: [
            "aile", "kez", "kere", "defa", "ev", "köy", "gün", "hafta", "yıl", "saat", "roket", "füze",
            "bomba", "saldırı", "araç", "aileden", "aileye", "ailenin", "yaşında", "yaşlarında", "yaşındaki",
            "kilometre", "metre",
            "uçak", "uçağı", "helikopter", "tank", "iha", "bombardıman", "hava saldırısı", "top mermisi",
            // "20 bin nüfuslu kasaba": a town of 20,000 people, a population.
            "nüfuslu",
        ],
        durations: ["yaşında", "yaşındaki", "yaşlarında", "yaşındakı", "kez", "kere", "defa", "gün", "hafta", "yıl", "saat", "yaşında", "yaşlarında", "yaşındaki", "kilometre", "metre"],
        personWords: [
            // After a figure (seventh review: the word after a figure must be known).
            "şehidin", "şehit", "şehidimiz", "asker", "askerimiz", "terörist", "terörist", "militan", "sivil", "çocuk", "kadın", "yolcu", 
            
            "kişi", "kişiden", "insan", "sivil", "asker", "çocuk", "kadın", "ölü", "yaralı", "militan",
            "terörist", "polis",
        ],
        casualtyWords: ["yaralandı", "yaralı", "öldü"],
        yearMarkers: ["yılında", "yılı", "yıl"],
        months: [
            "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim",
            "kasım", "aralık",
        ],
        // Streets, roads and units before their number ("شارع الـ 16"; issue 12, seventh review).
        designations: ["bölge", "bölgesi", "kolordu", "kolordusu", "alay", "alayı", "ordu", "ordusu", "saat", "sokak", "sokağı", "cadde", "caddesi", "bulvarı", "tugay", "tugayı", "tümen", "tümeni", "tabur", "taburu", "karar", "numara"],
        partsBefore: ["ölenler arasında", "aralarında", "dahil"],
        othersWords: ["diğer", "daha"],
        numberOf: ["sayısı"],
        neutral: [
            "saldırısında", "kaybederken", "ağır", "saldırıyı", "yaralı", "kişiden", "şehit",
            "ve", "ile", "en", "da", "de", "bu", "şu", "olarak", "öldü", "yaralandı", "hayatını", "kaybetti",
            "toplam", "sayısı", "yükseldi", "çıktı", "oldu", "olan", "saldırıda", "olayda", "göre", "sayımız",
        ],
        currencies: ["lira", "tl", "dolar", "avro"],
        fractionsOf: [],
        singular: [],
        possessives: [],
        onePerson: ["sürücü", "şoför", "yolcu", "asker", "polis", "çocuk", "kadın", "erkek", "sivil", "gazeteci", "komutan", "pilot", "doktor", "öğretmen", "imam", "bekçi", "korucu"],
        groups: ["ordu", "polis", "askerler", "jandarma", "güçleri", "güvenlik", "milisler", "rejim", "mürettebat", "aile", "devriye", "polisler"],
        joins: ["&", "ile", "ayrıca", "ve de", "ile birlikte"],
        attributions: ["göre", "açıklamasına göre"],
        changes: ["yükseldi", "çıktı", "arttı"],
        increments: [],
        incrementsAfter: ["daha", "arttı", "artış", "artarak"],
        rates: ["günde", "her gün", "haftada", "ayda", "yılda"],
        perEach: ["başına"],
        comparisons: [],
        measures: [("kurtarıldı", "rescued"), ("hastaneye", "injured"), ("ölü", "killed"), ("öldü", "killed"), ("yaralı", "injured"), ("yaralandı", "injured"),
                   // What happened to the people counted (review12c): read for that measure, refused for another.
                   ("şehit", "killed"), ("öldürüldü", "killed"), ("hayatını kaybetti", "killed"), ("yaşamını yitirdi", "killed"), ("etkisiz hale getirildi", "neutralised"), ("etkisiz hale getirilen", "neutralised"), ("yerinden edilmiş", "displaced"), ("yerinden edilen", "displaced"), ("kaçırılan", "kidnapped"), ("kaçırıldı", "kidnapped"), ("tahliye edilen", "evacuated"), ("tahliye edildi", "evacuated"), ("gözaltına alındı", "arrested"), ("tutuklandı", "arrested"), ("serbest bırakıldı", "released"), ("kayıp", "missing"), ("kaçtı", "displaced")],
        // Nouns of people whose state is a measure ("1200 refugees"): read for it unless a verb after them
        // says what happened to them ("12 refugees were killed").
        statusMeasures: [("mülteci", "displaced"), ("sığınmacı", "displaced"), ("göçmen", "displaced"), ("rehine", "kidnapped"), ("esir", "captured"), ("tutuklu", "arrested"), ("mahkum", "arrested")],
        percents: ["yüzde"],
        percentsBefore: ["yüzde"],
        negations: ["asılsız",  "değil", "yalanladı", "yalanlandı", "yalan", "iddia"],
        // review12c: people counted by another outcome than death or injury.
        outcomes: ["mülteci", "yerinden", "kaçırılan", "tahliye", "etkisiz", "gözaltına", "tutuklandı", "kurtarıldı", "kayıp", "esir", "rehine"],
        // Number words as parts of one number (NumberWords.swift): "composed" readings.
        numberParts: NumberParts(
            units: [("bir", 1), ("iki", 2), ("üç", 3), ("dört", 4), ("beş", 5), ("altı", 6), ("yedi", 7), ("sekiz", 8), ("dokuz", 9)],
            tens: [("on", 10), ("yirmi", 20), ("otuz", 30), ("kırk", 40), ("elli", 50), ("altmış", 60), ("yetmiş", 70), ("seksen", 80), ("doksan", 90)],
            hundreds: [("yüz", 100)],
            timesHundred: ["yüz"],
            scales: [("bin", 1000), ("milyon", 1000000), ("milyar", 1000000000)]
        ),
        parentsAfter: ["çocuk babası", "çocuk annesi", "çocuklu"],
        averages: ["ortalama", "ortalamada"],
        additions: ["eklendi", "eklenerek"],
        timesBefore: ["saat"],
        agesAfter: ["yaşında", "yaşındaki"],
        // "ölenlerden biri" (one of those who died), "yaralılardan 12'si": the group in the
        // ablative, then the part (phrases17: the first was refused as no number).
        oneOf: ["biri", "birisi", "bir tanesi"],
        groupsFrom: ["ölenlerden", "ölülerden", "yaralılardan", "yaralananlardan", "kurbanlardan", "şehitlerden",
                     "kaybedenlerden", "yitirenlerden", "öldürülenlerden"],
        // Names of a statistical interval before its ends, after the figure it is around
        // (phrases21, review30 S18).
        intervals: ["ga", "güven aralığı"]
    )
}
