// Persian (fa). Persian digits (۰–۹) are read as 0–9; ی/ي and ک/ك are the same letter
// for matching, and a zero-width non-joiner ("دست‌کم") is read as a space.

extension Languages {
    static let persian = LanguageTable(
        code: "fa",
        before: [("تا", .atMost), 
            ("نه بیش از", .atMost), ("نه کمتر از", .atLeast), 
            
            ("حداقل", .atLeast), ("دست‌کم", .atLeast), ("دستکم", .atLeast),
            ("بیش از", .moreThan), ("بیشتر از", .moreThan),
            ("حدود", .approximate), ("حدودا", .approximate), ("نزدیک به", .approximate),
            ("تقریبا", .approximate), ("قریب به", .approximate),
            ("حداکثر", .atMost),
            ("کمتر از", .fewerThan),
        ],
        // review12c: "37 کشته دست‌کم".
        trailing: [("گذشت", .moreThan), ("دست‌کم", .atLeast), ("دستکم", .atLeast), ("حداقل", .atLeast)],
        numbers: [
            ("یک", 1), ("دو", 2), ("سه", 3), ("چهار", 4), ("پنج", 5), ("شش", 6), ("هفت", 7), ("هشت", 8),
            ("ده", 10), ("بیست", 20), ("سی", 30), ("صد", 100),
        ],
        scales: [("هزار", 1_000), ("میلیون", 1_000_000), ("میلیارد", 1_000_000_000)],
        countWords: [("چند", VagueRange(low: 2, best: 3, high: 4)), ("چندین", VagueRange(low: 3, best: 6, high: 9))],
        plurals: [
            ("ده‌ها", 10, 20, 99), ("دهها", 10, 20, 99), ("صدها", 100, 200, 999), ("هزاران", 1_000, 2_000, 9_999),
            ("ده‌ها هزار", 10_000, 20_000, 99_999),
        ],
        rangeSeparators: ["تا", "یا"],
        andWords: ["و"],
        sizeless: ["بسیاری", "تعداد زیادی"],
        otherCounts: ["ساله", "خانواده", "بار", "روز", "ماه", "سال", "ساعت", "موشک", "خمپاره", "حمله", "کیلومتر",
                      "بمب‌افکن", "هواپیما", "هواپیمای", "بالگرد", "تانک", "پهپاد", "حملات", "خودرو",
                      "خودروی", "خودروهای", "هواپیماهای", "جنگنده", "جنگنده‌های", "بالگردهای", "پهپادهای", "فروند"],
        durations: ["ساله", "سالہ", "بار", "روز", "ماه", "سال", "ساعت", "کیلومتر"],
        personWords: [
            "عضو", "اعضای", "نفر","نفر", "تن", "کشته", "زخمی", "غیرنظامی", "کودک", "زن", "سرباز", "نیرو", "شهروند"],
        casualtyWords: ["زخمی", "کشته", "مجروح"],
        yearMarkers: ["سال", "در", "از"],
        months: [
            "فروردین", "اردیبهشت", "خرداد", "مرداد", "شهریور", "آبان", "آذر", "بهمن", "اسفند",
        ],
        // Streets, roads and units before their number ("شارع الـ 16"; issue 12, seventh review).
        designations: ["خیابان", "کوچه", "بزرگراه", "جاده", "لشکر", "تیپ", "قطعنامه", "شماره", "بلوک", "فاز"],
        partsBefore: ["از جمله", "شامل"],
        othersWords: ["دیگر"],
        numberOf: ["تعداد", "شمار"],
        neutral: [
            "تاکنون", "شدن", "کشته", "زخمی",
            "و", "در", "از", "به", "با", "که", "این", "آن", "را", "کشته", "شدند", "شد", "شده", "اند", "است",
            "بود", "بودند", "زخمی", "تعداد", "شمار", "رسید", "می", "جان", "باختند",
        ],
        currencies: ["تومان", "ریال", "دلار"],
        fractionsOf: ["نیمی از", "اکثر"],
        singular: [],
        possessives: [],
        onePerson: ["راننده", "مسافر", "سرباز", "پلیس", "کودک", "زن", "مرد", "غیرنظامی", "خبرنگار", "فرمانده"],
        groups: ["ارتش", "پلیس", "نیروها", "نیروهای", "سپاه", "بسیج", "خانواده", "خدمه", "گشت"],
        joins: ["و همچنین", "همچنین", "همراه با", "به همراه", "به علاوه"],
        attributions: ["به گفته", "طبق", "بنابر", "به گزارش"],
        changes: ["افزایش"],
        increments: ["افزایش"],
        incrementsAfter: ["جدید", "افزایش", "بیشتر"],
        rates: ["در روز", "روزانه", "هر روز", "در هفته", "در ماه", "هر"],
        perEach: [],
        comparisons: [],
        measures: [("کشته", "killed"), ("زخمی", "injured"), ("مجروح", "injured"),
                   // What happened to the people counted (review12c): read for that measure, refused for another.
                   ("اعدام", "killed"), ("جان باختند", "killed"), ("جان باخت", "killed"), ("ربوده", "kidnapped"), ("بازداشت", "arrested"), ("دستگیر", "arrested"), ("آزاد", "released"), ("مفقود", "missing"), ("آواره", "displaced")],
        // Nouns of people whose state is a measure ("1200 refugees"): read for it unless a verb after them
        // says what happened to them ("12 refugees were killed").
        statusMeasures: [("پناهجو", "displaced"), ("پناهنده", "displaced"), ("آواره", "displaced"), ("گروگان", "kidnapped"), ("اسیر", "captured"), ("زندانی", "arrested"), ("بازداشتی", "arrested")],
        percents: ["درصد"],
        percentsBefore: [],
        negations: ["کذب",  "تکذیب", "شایعه", "دروغ"],
        // review12c: people counted by another outcome than death or injury.
        outcomes: ["آواره", "پناهجو", "گروگان", "بازداشت", "اسیر", "مفقود"],
        // Number words as parts of one number (NumberWords.swift): "composed" readings.
        numberParts: NumberParts(
            units: [("یک", 1), ("دو", 2), ("سه", 3), ("چهار", 4), ("پنج", 5), ("شش", 6), ("هفت", 7), ("هشت", 8), ("نه", 9)],
            teens: [("ده", 10), ("یازده", 11), ("دوازده", 12), ("سیزده", 13), ("چهارده", 14), ("پانزده", 15), ("شانزده", 16), ("هفده", 17), ("هجده", 18), ("هیجده", 18), ("نوزده", 19)],
            tens: [("بیست", 20), ("سی", 30), ("چهل", 40), ("پنجاه", 50), ("شصت", 60), ("هفتاد", 70), ("هشتاد", 80), ("نود", 90)],
            hundreds: [("صد", 100), ("یکصد", 100), ("دویست", 200), ("سیصد", 300), ("چهارصد", 400), ("پانصد", 500), ("ششصد", 600), ("هفتصد", 700), ("هشتصد", 800), ("نهصد", 900)],
            timesHundred: ["صد"],
            scales: [("هزار", 1000), ("میلیون", 1000000), ("میلیارد", 1000000000)],
            wholeScales: [("هزار", 1000)],
            joiners: ["و"]
        ),
        ratios: ["از هر"],
        parents: ["پدر", "مادر"],
        averages: ["به طور میانگین", "به طور متوسط", "بطور متوسط"],
        additions: ["اضافه شد", "افزوده شد"],
        timesBefore: ["ساعت"],
        personOrThing: ["تن"],
        agesAfter: ["ساله"],
        // "۱۲ نفر از کشته شدگان" (12 of the killed), "یکی از کشته شدگان" (one of the killed): a
        // part of the dead (phrases17: the first read 12, the second no number). Persian has no
        // article: "از" before a group of the dead is definite.
        groupOf: ["از"],
        groupOfThe: ["از"],
        deadGroups: ["کشتگان", "کشته شدگان", "قربانیان", "جانباختگان", "مجروحان", "مجروحین", "زخمیان", "مصدومان", "شهدا"],
        partCounters: ["نفر", "تن"],
        oneOf: ["یکی"]
    )
}
