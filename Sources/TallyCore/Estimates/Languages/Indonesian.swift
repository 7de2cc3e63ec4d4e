// Indonesian (id). Dots group digits ("5.000") under `--locale id`.

extension Languages {
    static let indonesian = LanguageTable(
        code: "id",
        before: [("tembus", .moreThan), ("menembus", .moreThan), 
            ("tidak lebih dari", .atMost), ("tidak kurang dari", .atLeast), 
            
            ("setidaknya", .atLeast), ("sedikitnya", .atLeast), ("paling sedikit", .atLeast),
            ("minimal", .atLeast),
            ("lebih dari", .moreThan),
            ("sekitar", .approximate), ("kira-kira", .approximate), ("kurang lebih", .approximate),
            ("hampir", .approximate), ("nyaris", .approximate), ("mendekati", .approximate),
            ("hingga", .atMost), ("sampai", .atMost), ("paling banyak", .atMost), ("maksimal", .atMost),
            ("kurang dari", .fewerThan),
        ],
        trailing: [("lebih", .moreThan)],
        numbers: [
            ("satu", 1), ("dua", 2), ("tiga", 3), ("empat", 4), ("lima", 5), ("enam", 6), ("tujuh", 7),
            ("delapan", 8), ("sembilan", 9), ("sepuluh", 10), ("sebelas", 11), ("dua belas", 12),
            ("tiga belas", 13), ("empat belas", 14), ("lima belas", 15), ("enam belas", 16),
            ("tujuh belas", 17), ("delapan belas", 18), ("sembilan belas", 19), ("seratus", 100),
            ("seribu", 1_000), ("sejuta", 1_000_000),
        ],
        scales: [("ribu", 1_000), ("rb", 1_000), ("juta", 1_000_000), ("jt", 1_000_000), ("miliar", 1_000_000_000), ("ratus", 100), ("puluh", 10)],
        countWords: [("beberapa", VagueRange(low: 3, best: 6, high: 9))],
        plurals: [
            ("puluhan", 10, 20, 99), ("ratusan", 100, 200, 999), ("ribuan", 1_000, 2_000, 9_999),
            ("jutaan", 1_000_000, 2_000_000, 9_999_999), ("puluhan ribu", 10_000, 20_000, 99_999),
            ("ratusan ribu", 100_000, 200_000, 999_999),
        ],
        rangeSeparators: ["hingga", "sampai", "atau"],
        betweenWords: ["antara"],
        andWords: ["dan"],
        sizeless: ["banyak"],
        otherCounts: [
            "keluarga", "kali", "rumah", "desa", "hari", "minggu", "bulan", "tahun", "jam", "roket", "bom",
            "serangan", "kendaraan",
            "pesawat", "helikopter", "tank", "drone", "truk",
        ],
        durations: ["kali", "hari", "minggu", "bulan", "tahun", "jam"],
        personWords: [
            // After a figure (seventh review: the word after a figure must be known).
            "pelaku", "teroris", "penyerang", "warga", "penumpang", "prajurit", "polisi", "anggota", "korban", 
            "orang", "warga", "korban", "tewas", "meninggal", "luka", "tentara", "polisi", "anak", "pengungsi"],
        casualtyWords: ["luka", "terluka", "tewas", "meninggal", "melukai", "menewaskan"],
        yearMarkers: ["tahun", "pada", "sejak"],
        months: [
            "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
            "oktober", "november", "desember",
        ],
        // Streets, roads and units before their number ("شارع الـ 16"; issue 12, seventh review).
        designations: ["jalan", "jl", "gang", "brigif", "yonif", "batalyon", "resolusi", "nomor", "blok"],
        partsBefore: ["di antara korban", "termasuk", "di antaranya", "diantaranya"],
        othersWords: ["lainnya", "lain"],
        oneMore: ["seorang lagi", "satu lagi", "satu orang lagi"],
        numberOf: ["jumlah"],
        neutral: [
            "tewaskan", "tewas", "korban", "lukai", "menyebabkan", "akibatnya",
            "dan", "di", "ke", "dari", "yang", "dengan", "untuk", "pada", "ini", "itu", "sebanyak", "jumlah",
            "tewas", "meninggal", "orang", "korban", "mencapai", "menjadi", "telah", "sudah", "akibat",
            "dalam", "menewaskan", "melukai", "bahwa", "setelah", "total", "ada", "mengatakan", "menyebutkan",
            "sebanyak", "kini", "tercatat", "jiwa",
        ],
        currencies: ["rupiah", "rp", "dolar"],
        fractionsOf: ["separuh dari", "setengah dari", "sebagian besar dari"],
        singular: ["seorang", "sang"],
        possessives: [],
        onePerson: ["sopir", "supir", "pengemudi", "penumpang", "tentara", "prajurit", "polisi", "anak", "perempuan", "wanita", "pria", "warga", "wartawan", "komandan", "pilot", "dokter", "guru", "ibu", "ayah", "bocah"],
        groups: ["tni", "polri", "aparat", "milisi", "pasukan", "awak", "keluarga", "patroli", "militer"],
        joins: ["&", "serta", "beserta", "bersama", "dan juga", "ditambah"],
        attributions: ["menurut", "kata"],
        changes: ["bertambah", "naik", "meningkat"],
        increments: ["bertambah", "naik", "meningkat", "bertambah sebanyak", "naik sebanyak", "meningkat sebanyak", "sebanyak lagi"],
        incrementsAfter: ["lagi"],
        rates: ["per hari", "setiap hari", "sehari", "per minggu", "per bulan", "setiap"],
        // "masing-masing" is read by its first word: a one-word list.
        perEach: ["masing"],
        comparisons: [],
        measures: [("tewas", "killed"), ("meninggal", "killed"), ("luka", "injured"), ("terluka", "injured"),
                   // What happened to the people counted (review12c): read for that measure, refused for another.
                   ("dibunuh", "killed"), ("terbunuh", "killed"), ("dieksekusi", "killed"), ("gugur", "killed"), ("hilang", "missing"), ("diculik", "kidnapped"), ("ditangkap", "arrested"), ("dibebaskan", "released"), ("mengungsi", "displaced"), ("dievakuasi", "evacuated")],
        // Nouns of people whose state is a measure ("1200 refugees"): read for it unless a verb after them
        // says what happened to them ("12 refugees were killed").
        statusMeasures: [("pengungsi", "displaced"), ("sandera", "kidnapped"), ("tahanan", "arrested"), ("narapidana", "arrested"), ("tawanan", "captured")],
        percents: ["persen", "prosen"],
        percentsBefore: [],
        negations: ["tidak", "bukan", "membantah", "dibantah", "hoaks", "hoax"],
        // review12c: people counted by another outcome than death or injury.
        outcomes: ["pengungsi", "hilang", "sandera", "ditangkap", "diselamatkan"],
        // Number words as parts of one number (NumberWords.swift): "composed" readings.
        numberParts: NumberParts(
            units: [("satu", 1), ("dua", 2), ("tiga", 3), ("empat", 4), ("lima", 5), ("enam", 6), ("tujuh", 7), ("delapan", 8), ("sembilan", 9)],
            teens: [("sepuluh", 10), ("sebelas", 11)],
            hundreds: [("seratus", 100)],
            timesHundred: ["ratus"],
            timesTen: ["puluh"],
            plusTen: ["belas"],
            scales: [("ribu", 1000), ("juta", 1000000), ("miliar", 1000000000)],
            wholeScales: [("seribu", 1000), ("sejuta", 1000000)]
        ),
        ratios: ["dari", "dari setiap"],
        parents: ["ayah dari", "ibu dari"],
        averages: ["rata-rata", "secara rata-rata"],
        additions: ["ditambahkan"],
        timesBefore: ["pukul"],
        agesAfter: ["tahun usianya"],
        // "satu dari korban", "12 dari korban tewas": a part of the victims (review26 S5).
        groupOf: ["dari"],
        groupOfThe: ["dari"],
        deadGroups: ["korban"],
        // "12 orang dari korban", "salah satu korban tewas", "salah seorang korban" (one of the
        // victims; phrases17: refused for the unknown word "salah").
        partCounters: ["orang"],
        oneOf: ["salah satu", "salah seorang"],
        // Names of a statistical interval before its ends, after the figure it is around
        // (phrases21, review30 S18).
        intervals: ["ik", "interval kepercayaan", "selang kepercayaan"]
    )
}
