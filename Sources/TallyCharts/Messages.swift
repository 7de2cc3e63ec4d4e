import Foundation

/// The fixed words of charts and briefs, by message id and language: compiled into the
/// binary (no resource files: the installed static binary needs nothing beside it).
///
/// English is the reference: every id has an English text, and it is the text tally
/// printed before locales, so English output is unchanged. A language's missing id
/// falls back to English; ``missing(_:)`` lists them (`tally locales --check`, and a
/// test that fails when one of the complete languages misses any). Placeholders are
/// `{name}`; numbers and dates put into them are already in the locale's digits.
///
/// Plurals: a message that counts has ids ending in `.one`, `.two`, `.few`, `.many` and
/// `.other` as the language needs (CLDR's plural categories, chosen by ICU's plural
/// rules through ``DisplayLocale/pluralCategory(_:)``); `.other` is required.
/// Languages whose count agreement is hard to get right in a template (Arabic nouns
/// after 3-10 and after 11+) use wordings that need none (`أخرى: 12`).
/// How to add a language: docs/localisation.md.
public enum Messages {
    /// Languages whose every id is translated: `tally locales --check` fails when one
    /// of them misses an id.
    public static let complete = ["en", "ar", "es", "fr"]

    /// The text of `id` in the current display locale (English when that language has
    /// none), with `{name}` placeholders replaced.
    public static func text(_ id: String, _ args: [String: String] = [:], locale: DisplayLocale = DisplayLocale.current) -> String {
        var t = catalogue[locale.identifier]?[id] ?? english[id] ?? id
        for (k, v) in args { t = t.replacingAll("{" + k + "}", with: v) }
        return t
    }

    /// The plural form of `id` for `count` (`id.one`, `id.other`, ...), with `{n}` the
    /// count in the locale's digits.
    public static func plural(_ id: String, _ count: Int64, _ args: [String: String] = [:], locale: DisplayLocale = DisplayLocale.current) -> String {
        let category = locale.isEnglish ? (count == 1 ? "one" : "other") : locale.pluralCategory(count)
        let table = catalogue[locale.identifier] ?? english
        let key = table[id + "." + category] != nil ? id + "." + category : id + ".other"
        var all = args
        all["n"] = locale.integer(count)
        return text(key, all, locale: locale)
    }

    /// Ids English has and `language` lacks (empty for English).
    public static func missing(_ language: String) -> [String] {
        let table = catalogue[language] ?? [:]
        return english.keys.filter { id in
            guard table[id] == nil else { return false }
            // A plural form other than `.other` is not required when the language has
            // `.other` (Arabic's wording needs no agreement).
            for c in [".one", ".two", ".few", ".many", ".zero"] where id.hasSuffix(c) {
                if table[String(id.dropLast(c.count)) + ".other"] != nil { return false }
            }
            return true
        }.sorted()
    }

    static let catalogue: [String: [String: String]] = ["en": english, "fr": french, "es": spanish, "ar": arabic]

    // MARK: English (the reference; the words tally printed before locales)

    static let english: [String: String] = [
        "key.hollow.one": "A hollow square, the line to it dashed, marks a period the data covers only in part ({list}).",
        "key.hollow.other": "Hollow squares, the lines to them dashed, mark periods the data covers only in part ({list}).",
        "key.shading_and_bars_run": "shading and range bars run",
        "key.range_bars_run": "range bars run",
        "key.shading_runs": "shading runs",
        "key.range_only": "a range bar with no point is a range given with no best estimate",
        "key.approximate": "{sign} marks an approximate figure (\"about\")",
        "list.separator": ", ",
        // Figures
        "figure.at_least": "at least {n}",
        "figure.best_and_floor": "{best} ({floor})",
        "figure.best_and_range": "{best} ({range})",
        // Bars
        "bar.others.one": "{n} others",
        "bar.others.other": "{n} others",
        "bar.not_given": "({unit} not given)",
        "bar.partial": "{label}, partial",
        // Group nouns
        "group.country": "country",
        "group.province": "province",
        "group.district": "district",
        "group.governorate": "governorate",
        "group.actor": "actor involved",
        "group.actor_place": "actor involved and place",
        "group.and": "{a} and {b}",
        // Measures (the built-in ones; others are printed as the data names them)
        "measure.killed": "Killed",
        "measure.injured": "Injured",
        "measure.wounded": "Wounded",
        "measure.kidnapped": "Kidnapped",
        "measure.displaced": "Displaced",
        "measure.events": "Events",
        "measure.members": "Members",
        "measure.fighters": "Fighters",
        "measure.supporters": "Supporters",
        "measure.strength": "Strength",
        // Periods
        "period.day": "day",
        "period.week": "week",
        "period.month": "month",
        "period.quarter": "quarter",
        "period.year": "year",
        "period.iso_week": "{year}-W{week}",
        // Titles and subtitles
        "title.by": "{measure} by {group}",
        "title.by_column": "{measure}, by {group}",
        "title.by_total": "{measure} by total",
        "title.per": "{measure} per {period}",
        "title.per_by": "{measure} per {period} by {group}",
        "title.per_by_column": "{measure} per {period}, by {group}",
        "title.stock": "{measure}, as observed",
        "title.stock_by": "{measure} by {group}, as observed",
        "title.stock_by_column": "{measure}, by {group}, as observed",
        "subtitle.bar.flow": "Total, best estimate with low\u{2013}high range; {when}",
        "subtitle.bar.stock": "Latest observed size, best estimate with low\u{2013}high range; {when}",
        "subtitle.timeline.flow.band": "Best estimate per {period}, shaded from low to high",
        "subtitle.timeline.flow.bar": "Best estimate per {period}, bar from low to high",
        "subtitle.timeline.stock": "Latest observed size in each {period}, best estimate with low\u{2013}high range; no line across {periods} without an observation",
        "subtitle.span": "{what}; {span}",
        "when.all_dates": "all dates in the data",
        "when.from_to": "{from} to {to}",
        // Range key (footer)
        "key.whiskers": "{ranges} from low to high estimate",
        "key.whiskers_run": "whiskers run",
        "key.pale_bars": "pale bars are ranges given with no best estimate",
        "key.arrows": "arrows mark figures with no upper bound (\"at least\")",
        "key.join": "{a}; {b}",
        "key.more.other": "{list}; and {n} more",
        // Partial coverage
        "partial.to": "partial: data to {day}",
        "partial.from": "partial: data from {day}",
        "partial.between": "partial: data {from} to {to}",
        "partial.only": "partial: data for {day} only",
        "partial.prefix": "partial: {text}",
        "partial.no_data": "no {name} data",
        "partial.and": "{a} and {b}",
        "partial.more.other": "{list} and {n} other datasets short of it",
        // Sources (chart footer)
        "source.none": "Source: not given in the data",
        "source.one": "Source: {name}",
        "source.many": "Sources: {list} and {last}",
        "source.more.other": "Sources: {list} and {n} others",
    ]

    // MARK: French (wording of French newsrooms: AFP, Le Monde; CLDR for numbers and dates)

    static let french: [String: String] = [
        "key.hollow.one": "Un carré vide, relié en pointillé, marque une période que les données ne couvrent qu’en partie ({list}).",
        "key.hollow.other": "Les carrés vides, reliés en pointillé, marquent les périodes que les données ne couvrent qu’en partie ({list}).",
        "key.shading_and_bars_run": "la zone ombrée et les barres vont",
        "key.range_bars_run": "les barres vont",
        "key.shading_runs": "la zone ombrée va",
        "key.range_only": "une barre sans point est une fourchette donnée sans estimation centrale",
        "key.approximate": "{sign} marque un chiffre approximatif (« environ »)",
        "list.separator": ", ",
        "figure.at_least": "au moins {n}",
        "figure.best_and_floor": "{best} ({floor})",
        "figure.best_and_range": "{best} ({range})",
        "bar.others.one": "{n} autre",
        "bar.others.other": "{n} autres",
        "bar.not_given": "({unit} non précisé)",
        "bar.partial": "{label}, partiel",
        "group.country": "pays",
        "group.province": "province",
        "group.district": "district",
        "group.governorate": "gouvernorat",
        "group.actor": "acteur impliqué",
        "group.actor_place": "acteur impliqué et lieu",
        "group.and": "{a} et {b}",
        "measure.killed": "Tués",
        "measure.injured": "Blessés",
        "measure.wounded": "Blessés",
        "measure.kidnapped": "Enlevés",
        "measure.displaced": "Déplacés",
        "measure.events": "Événements",
        "measure.members": "Membres",
        "measure.fighters": "Combattants",
        "measure.supporters": "Partisans",
        "measure.strength": "Effectifs",
        "period.day": "jour",
        "period.week": "semaine",
        "period.month": "mois",
        "period.quarter": "trimestre",
        "period.year": "année",
        // CLDR fr dateFormatItem yw: "'semaine' w 'de' Y".
        "period.iso_week": "semaine {week} de {year}",
        "title.by": "{measure} par {group}",
        "title.by_column": "{measure}, par {group}",
        "title.by_total": "{measure} au total",
        "title.per": "{measure} par {period}",
        "title.per_by": "{measure} par {period} et par {group}",
        "title.per_by_column": "{measure} par {period}, par {group}",
        "title.stock": "{measure}, tels qu’observés",
        "title.stock_by": "{measure} par {group}, tels qu’observés",
        "title.stock_by_column": "{measure}, par {group}, tels qu’observés",
        "subtitle.bar.flow": "Total, estimation centrale et fourchette basse\u{2013}haute ; {when}",
        "subtitle.bar.stock": "Dernier effectif observé, estimation centrale et fourchette basse\u{2013}haute ; {when}",
        "subtitle.timeline.flow.band": "Estimation centrale par {period}, zone ombrée de la basse à la haute",
        "subtitle.timeline.flow.bar": "Estimation centrale par {period}, barre de la basse à la haute",
        "subtitle.timeline.stock": "Dernier effectif observé par {period}, estimation centrale et fourchette basse\u{2013}haute ; pas de ligne sur une période sans observation",
        "subtitle.span": "{what} ; {span}",
        "when.all_dates": "toutes les dates des données",
        "when.from_to": "de {from} à {to}",
        "key.whiskers": "{ranges} de l’estimation basse à la haute",
        "key.whiskers_run": "les moustaches vont",
        "key.pale_bars": "les barres pâles sont des fourchettes données sans estimation centrale",
        "key.arrows": "les flèches marquent les chiffres sans borne haute (« au moins »)",
        "key.join": "{a} ; {b}",
        "key.more.other": "{list} ; et {n} autres",
        "partial.to": "partiel : données jusqu’au {day}",
        "partial.from": "partiel : données à partir du {day}",
        "partial.between": "partiel : données du {from} au {to}",
        "partial.only": "partiel : données du {day} seulement",
        "partial.prefix": "partiel : {text}",
        "partial.no_data": "aucune donnée {name}",
        "partial.and": "{a} et {b}",
        "partial.more.other": "{list} et {n} autres jeux de données incomplets",
        "source.none": "Source : non précisée dans les données",
        "source.one": "Source : {name}",
        "source.many": "Sources : {list} et {last}",
        "source.more.other": "Sources : {list} et {n} autres",
    ]

    // MARK: Spanish (wording of Spanish-language agencies: EFE, El País)

    static let spanish: [String: String] = [
        "key.hollow.one": "Un cuadrado hueco, unido con línea discontinua, marca un periodo que los datos cubren solo en parte ({list}).",
        "key.hollow.other": "Los cuadrados huecos, unidos con línea discontinua, marcan periodos que los datos cubren solo en parte ({list}).",
        "key.shading_and_bars_run": "el sombreado y las barras van",
        "key.range_bars_run": "las barras van",
        "key.shading_runs": "el sombreado va",
        "key.range_only": "una barra sin punto es un rango dado sin estimación central",
        "key.approximate": "{sign} marca una cifra aproximada («unos»)",
        "list.separator": ", ",
        "figure.at_least": "al menos {n}",
        "figure.best_and_floor": "{best} ({floor})",
        "figure.best_and_range": "{best} ({range})",
        "bar.others.one": "{n} más",
        "bar.others.other": "otros {n}",
        "bar.not_given": "({unit} no consta)",
        "bar.partial": "{label}, parcial",
        "group.country": "país",
        "group.province": "provincia",
        "group.district": "distrito",
        "group.governorate": "gobernación",
        "group.actor": "actor implicado",
        "group.actor_place": "actor implicado y lugar",
        "group.and": "{a} y {b}",
        "measure.killed": "Muertos",
        "measure.injured": "Heridos",
        "measure.wounded": "Heridos",
        "measure.kidnapped": "Secuestrados",
        "measure.displaced": "Desplazados",
        "measure.events": "Hechos",
        "measure.members": "Miembros",
        "measure.fighters": "Combatientes",
        "measure.supporters": "Simpatizantes",
        "measure.strength": "Efectivos",
        "period.day": "día",
        "period.week": "semana",
        "period.month": "mes",
        "period.quarter": "trimestre",
        "period.year": "año",
        // CLDR es dateFormatItem yw: "'semana' w 'de' Y".
        "period.iso_week": "semana {week} de {year}",
        "title.by": "{measure} por {group}",
        "title.by_column": "{measure}, por {group}",
        "title.by_total": "{measure} en total",
        "title.per": "{measure} por {period}",
        "title.per_by": "{measure} por {period} y {group}",
        "title.per_by_column": "{measure} por {period}, por {group}",
        "title.stock": "{measure}, según lo observado",
        "title.stock_by": "{measure} por {group}, según lo observado",
        "title.stock_by_column": "{measure}, por {group}, según lo observado",
        "subtitle.bar.flow": "Total, estimación central con rango bajo\u{2013}alto; {when}",
        "subtitle.bar.stock": "Último tamaño observado, estimación central con rango bajo\u{2013}alto; {when}",
        "subtitle.timeline.flow.band": "Estimación central por {period}, sombreado de la baja a la alta",
        "subtitle.timeline.flow.bar": "Estimación central por {period}, barra de la baja a la alta",
        "subtitle.timeline.stock": "Último tamaño observado en cada {period}, estimación central con rango bajo\u{2013}alto; sin línea en los periodos sin observación",
        "subtitle.span": "{what}; {span}",
        "when.all_dates": "todas las fechas de los datos",
        "when.from_to": "de {from} a {to}",
        "key.whiskers": "{ranges} de la estimación baja a la alta",
        "key.whiskers_run": "los bigotes van",
        "key.pale_bars": "las barras pálidas son rangos dados sin estimación central",
        "key.arrows": "las flechas marcan cifras sin límite superior («al menos»)",
        "key.join": "{a}; {b}",
        "key.more.other": "{list}; y {n} más",
        "partial.to": "parcial: datos hasta el {day}",
        "partial.from": "parcial: datos desde el {day}",
        "partial.between": "parcial: datos del {from} al {to}",
        "partial.only": "parcial: datos solo del {day}",
        "partial.prefix": "parcial: {text}",
        "partial.no_data": "sin datos de {name}",
        "partial.and": "{a} y {b}",
        "partial.more.other": "{list} y otros {n} conjuntos de datos incompletos",
        "source.none": "Fuente: no consta en los datos",
        "source.one": "Fuente: {name}",
        "source.many": "Fuentes: {list} y {last}",
        "source.more.other": "Fuentes: {list} y otras {n}",
    ]

    // MARK: Arabic (Modern Standard Arabic as news agencies write it: Reuters, AFP, Al Jazeera)

    static let arabic: [String: String] = [
        "key.hollow.one": "يدل المربع المفرغ، والخط المتقطع إليه، على فترة لا تغطيها البيانات إلا جزئياً ({list}).",
        "key.hollow.other": "تدل المربعات المفرغة، والخطوط المتقطعة إليها، على فترات لا تغطيها البيانات إلا جزئياً ({list}).",
        "key.shading_and_bars_run": "يمتد التظليل وأعمدة النطاق",
        "key.range_bars_run": "تمتد أعمدة النطاق",
        "key.shading_runs": "يمتد التظليل",
        "key.range_only": "عمود النطاق بلا نقطة نطاقٌ ورد بلا تقدير أرجح",
        "key.approximate": "تدل {sign} على رقم تقريبي («نحو»)",
        "list.separator": "، ",
        "figure.at_least": "{n} على الأقل",
        "figure.best_and_floor": "{best} ({floor})",
        "figure.best_and_range": "{best} ({range})",
        // No count agreement: "others: 12".
        "bar.others.other": "أخرى: {n}",
        "bar.not_given": "({unit} غير محدد)",
        "bar.partial": "{label}، جزئي",
        "group.country": "البلد",
        "group.province": "المقاطعة",
        "group.district": "المنطقة",
        "group.governorate": "المحافظة",
        "group.actor": "الطرف المعني",
        "group.actor_place": "الطرف المعني والمكان",
        "group.and": "{a} و{b}",
        "measure.killed": "القتلى",
        "measure.injured": "الجرحى",
        "measure.wounded": "الجرحى",
        "measure.kidnapped": "المخطوفون",
        "measure.displaced": "النازحون",
        "measure.events": "الأحداث",
        "measure.members": "الأعضاء",
        "measure.fighters": "المقاتلون",
        "measure.supporters": "المؤيدون",
        "measure.strength": "القوام",
        "period.day": "يوم",
        "period.week": "أسبوع",
        "period.month": "شهر",
        "period.quarter": "ربع سنة",
        "period.year": "سنة",
        // CLDR ar dateFormatItem yw: "الأسبوع w من سنة Y".
        "period.iso_week": "الأسبوع {week} من سنة {year}",
        "title.by": "{measure} حسب {group}",
        "title.by_column": "{measure}، حسب {group}",
        "title.by_total": "إجمالي {measure}",
        "title.per": "{measure} في كل {period}",
        "title.per_by": "{measure} في كل {period} حسب {group}",
        "title.per_by_column": "{measure} في كل {period}، حسب {group}",
        "title.stock": "{measure}، كما رُصدت",
        "title.stock_by": "{measure} حسب {group}، كما رُصدت",
        "title.stock_by_column": "{measure}، حسب {group}، كما رُصدت",
        "subtitle.bar.flow": "المجموع، التقدير الأرجح مع النطاق الأدنى\u{2013}الأعلى؛ {when}",
        "subtitle.bar.stock": "آخر حجم مرصود، التقدير الأرجح مع النطاق الأدنى\u{2013}الأعلى؛ {when}",
        "subtitle.timeline.flow.band": "التقدير الأرجح في كل {period}، والتظليل من الأدنى إلى الأعلى",
        "subtitle.timeline.flow.bar": "التقدير الأرجح في كل {period}، والعمود من الأدنى إلى الأعلى",
        "subtitle.timeline.stock": "آخر حجم مرصود في كل {period}، التقدير الأرجح مع النطاق الأدنى\u{2013}الأعلى؛ لا خط عبر الفترات التي لا رصد فيها",
        "subtitle.span": "{what}؛ {span}",
        "when.all_dates": "كل التواريخ الواردة في البيانات",
        "when.from_to": "من {from} إلى {to}",
        "key.whiskers": "{ranges} من التقدير الأدنى إلى الأعلى",
        "key.whiskers_run": "تمتد الخطوط",
        "key.pale_bars": "الأعمدة الباهتة نطاقات وردت بلا تقدير أرجح",
        "key.arrows": "الأسهم تدل على أرقام بلا حد أعلى («على الأقل»)",
        "key.join": "{a}؛ {b}",
        "key.more.other": "{list}؛ و{n} أخرى",
        "partial.to": "جزئي: بيانات حتى {day}",
        "partial.from": "جزئي: بيانات من {day}",
        "partial.between": "جزئي: بيانات من {from} إلى {to}",
        "partial.only": "جزئي: بيانات {day} فقط",
        "partial.prefix": "جزئي: {text}",
        "partial.no_data": "لا بيانات من {name}",
        "partial.and": "{a} و{b}",
        "partial.more.other": "{list} ومجموعات بيانات أخرى ناقصة عددها {n}",
        "source.none": "المصدر: غير مذكور في البيانات",
        "source.one": "المصدر: {name}",
        "source.many": "المصادر: {list} و{last}",
        "source.more.other": "المصادر: {list} ومصادر أخرى عددها {n}",
    ]
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = ""
        var rest = self[...]
        while let r = rest.range(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
