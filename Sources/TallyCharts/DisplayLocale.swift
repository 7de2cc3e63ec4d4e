import Foundation
// ICU as the Swift toolchain ships it inside Foundation (swift-foundation-icu, exported
// with a `swift_` prefix). Foundation's public API has no number ranges, no
// approximately sign and no plural rules, so those few calls go to ICU directly; the
// rest (numbers, percentages, compact numbers, months, quarters) is public Foundation.
import _FoundationICU
import TallyCore

/// The language and conventions a chart or a report is written in (`locale:` in a
/// spec, `--locale` on `tally chart` and `tally report`): how numbers, ranges, dates and
/// month names are written (CLDR, through ICU as Foundation ships it), which fixed words
/// are used (``Messages``), and which way text runs (for right-to-left layout).
///
/// English is the default and is written exactly as tally always wrote it (the English
/// code paths are the ones of before locales: `5,000–7,000`, `Jan 2021`); every other
/// shipped locale goes through CLDR. The host's `LANG`/`LC_ALL` are never consulted:
/// the same spec and data give the same bytes on every machine.
public struct DisplayLocale: Sendable, Equatable, CustomStringConvertible {
    /// Which digits numbers are written with.
    public enum Digits: String, Sendable, CaseIterable {
        /// 0-9.
        case latin
        /// The locale's own digits where CLDR has them: Arabic-Indic for `ar`
        /// (٠١٢٣), extended Arabic-Indic (Persian) for `fa` (۰۱۲۳); 0-9 for the others.
        case native
    }

    public enum Direction: Sendable, Equatable {
        case leftToRight, rightToLeft
    }

    /// The language code as given (`fr`), one of ``shipped``.
    public let identifier: String
    /// The digits asked for; `nil` is CLDR's default for the language (latin for `ar`,
    /// Persian for `fa`: see ``resolvedDigitsAreNative``).
    public let digits: Digits?

    /// Locales charts and reports can be written in: their numbers and dates come from
    /// CLDR, their words from ``Messages`` (complete for en, ar, fr, es; the others
    /// fall back to English words, listed by ``Messages/missing(_:)``; the test
    /// `MessageCatalogueTests` fails when a complete language misses one).
    public static let shipped = ["en", "ar", "de", "es", "fa", "fr", "pt", "ru", "tr"]

    public static let english = DisplayLocale(checked: "en", digits: nil)

    /// The locale charts and reports are being written in: set once by the command
    /// (``withLocale(_:_:)``) around the whole of building and drawing, read by every
    /// formatter. English unless set.
    @TaskLocal public static var current: DisplayLocale = .english

    /// Runs `body` with `locale` as ``current``.
    public static func with<T, E: Error>(_ locale: DisplayLocale, _ body: () throws(E) -> T) throws(E) -> T {
        var result: Result<T, E>?
        $current.withValue(locale) { result = Result { () throws(E) -> T in try body() } }
        return try result!.get()
    }

    private init(checked identifier: String, digits: Digits?) {
        self.identifier = identifier
        self.digits = digits
    }

    /// `nil` when `identifier` is not one of ``shipped`` (exact, lower case: `fr`, not
    /// `fr-CA` or `FR`: a region would change CLDR's forms in ways no test covers).
    public init?(identifier: String, digits: Digits? = nil) {
        guard DisplayLocale.shipped.contains(identifier) else { return nil }
        self.init(checked: identifier, digits: digits)
    }

    /// The message for an unknown locale (exit 64), naming the shipped ones.
    public static func unknownMessage(_ given: String, option: String = "--locale") -> String {
        "\(option) \(given): charts and reports are written in " + shipped.joined(separator: ", ")
            + " (language codes, lower case)"
    }

    public var description: String { identifier + (digits.map { " (\($0.rawValue) digits)" } ?? "") }

    /// True when this is English with the default digits: every formatter then takes the
    /// code path tally had before locales, so English output is byte-identical.
    public var isEnglish: Bool { identifier == "en" && digits != .native }

    /// From CLDR's likely script of the language (Foundation's `Locale.Language`).
    public var direction: Direction {
        Locale.Language(identifier: identifier).characterDirection == .rightToLeft ? .rightToLeft : .leftToRight
    }

    /// The ICU locale name: `ar`, `ar@numbers=arab`, `fa@numbers=latn`.
    var icuName: String {
        switch digits {
        case nil: identifier
        case .latin: identifier + "@numbers=latn"
        case .native: identifier + "@numbers=" + DisplayLocale.nativeNumberingSystem(identifier)
        }
    }

    /// The same as a Foundation locale (BCP 47 `-u-nu-` keyword).
    var foundationLocale: Locale {
        switch digits {
        case nil: Locale(identifier: identifier)
        case .latin: Locale(identifier: identifier + "-u-nu-latn")
        case .native: Locale(identifier: identifier + "-u-nu-" + DisplayLocale.nativeNumberingSystem(identifier))
        }
    }

    /// CLDR's `native` numbering system of a language (`arab` for ar, `arabext` for fa,
    /// `latn` for fr), asked of ICU.
    static func nativeNumberingSystem(_ language: String) -> String {
        var status = U_ZERO_ERROR
        guard let ns = swift_unumsys_open(language + "@numbers=native", &status), status.rawValue <= 0 else { return "latn" }
        defer { swift_unumsys_close(ns) }
        guard let name = swift_unumsys_getName(ns) else { return "latn" }
        return String(cString: name)
    }

    /// Whether numbers come out in non-latin digits (CLDR's default for `fa` is
    /// Persian digits, for `ar` latin ones, since CLDR 42).
    public var resolvedDigitsAreNative: Bool { foundationLocale.numberingSystem.identifier != "latn" }

    // MARK: Numbers

    /// `5,000` (en), `5 000` with U+202F (fr), `5.000` (de), `5000` (es: CLDR groups
    /// from five digits), `٥٬٠٠٠` (ar, native digits).
    public func integer(_ value: Int64) -> String {
        if isEnglish { return Estimate.grouped(value) }
        return value.formatted(IntegerFormatStyle<Int64>(locale: foundationLocale))
    }

    /// A number with `decimals` decimal places, grouped.
    public func decimal(_ value: Double, decimals: Int) -> String {
        let style = FloatingPointFormatStyle<Double>(locale: foundationLocale).precision(.fractionLength(decimals))
        return value.formatted(style)
    }

    /// `5,000–7,000`; CLDR's range pattern (`5000-7000` in es, `٥٬٠٠٠–٧٬٠٠٠` in ar
    /// with native digits).
    public func range(_ low: Int64, _ high: Int64) -> String {
        if isEnglish { return Estimate.grouped(low) + "\u{2013}" + Estimate.grouped(high) }
        return ICURange.format(Double(low), Double(high), locale: icuName, approximately: false) ?? integer(low) + "\u{2013}" + integer(high)
    }

    /// `~40`: CLDR's approximately sign before the number (`~40` in en and fr, `~٤٠`
    /// in ar with native digits).
    public func approximately(_ value: Int64) -> String {
        if isEnglish { return "~" + Estimate.grouped(value) }
        return ICURange.format(Double(value), Double(value), locale: icuName, approximately: true) ?? "~" + integer(value)
    }

    /// The approximately sign alone, as CLDR writes it before a number.
    public var approximatelySign: String {
        if isEnglish { return "~" }
        guard let one = ICURange.format(1, 1, locale: icuName, approximately: true) else { return "~" }
        let digitOne = integer(1)
        return one.replacingOccurrences(of: digitOne, with: "")
    }

    /// `25%` (en), `25 %` (fr, no-break space), `%25` (tr), `٢٥٪؜` (ar, native).
    public func percent(_ fraction: Double, decimals: Int = 0) -> String {
        let style = FloatingPointFormatStyle<Double>.Percent(locale: foundationLocale).precision(.fractionLength(decimals))
        return fraction.formatted(style)
    }

    /// A change in percent with CLDR's plus or minus sign always written (`‎+27‎%‎` ar).
    public func signedPercent(_ fraction: Double, decimals: Int = 0) -> String {
        let style = FloatingPointFormatStyle<Double>.Percent(locale: foundationLocale).precision(.fractionLength(decimals)).sign(strategy: .always())
        return fraction.formatted(style)
    }

    /// Compact axis numbers: CLDR's short compact form (`5K` en, `5 k` fr, `5 mil` es,
    /// `5 آلاف` ar); where CLDR has none for a magnitude (de thousands) it is the plain
    /// grouped number (`5.000`).
    public func compact(_ value: Double, significantDecimals: Int) -> String {
        let style = FloatingPointFormatStyle<Double>(locale: foundationLocale)
            .notation(.compactName).precision(.fractionLength(0 ... max(0, significantDecimals)))
        return value.formatted(style)
    }

    // MARK: Dates (proleptic Gregorian, UTC: periods are calendar days, not instants)

    static let gregorianUTC: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    func date(_ day: CalendarDay) -> Date { Date(timeIntervalSince1970: Double(day.daysSinceEpoch) * 86_400) }

    var dateStyle: Date.FormatStyle {
        Date.FormatStyle(locale: foundationLocale, calendar: DisplayLocale.gregorianUTC, timeZone: DisplayLocale.gregorianUTC.timeZone)
    }

    /// `janv. 2021` (fr, CLDR skeleton yMMM); `wide`: `janvier 2021` (yMMMM).
    public func monthYear(year: Int, month: Int, wide: Bool) -> String {
        guard let d = CalendarDay(year: year, month: month, day: 1) else { return "\(year)-\(month)" }
        return date(d).formatted(dateStyle.month(wide ? .wide : .abbreviated).year())
    }

    /// The month alone: `janv.` (fr, skeleton MMM), `janvier` (MMMM), in the
    /// stand-alone form CLDR gives for a month without a day.
    public func month(_ month: Int, wide: Bool) -> String {
        guard let d = CalendarDay(year: 2001, month: month, day: 1) else { return "\(month)" }
        return date(d).formatted(dateStyle.month(wide ? .wide : .abbreviated))
    }

    /// `T1 2021` (fr, skeleton yQQQ), `Q1 2021` (de), `2021 Ç1` (tr).
    public func quarterYear(year: Int, quarter: Int) -> String {
        guard let d = CalendarDay(year: year, month: (quarter - 1) * 3 + 1, day: 1) else { return "\(year)" }
        return date(d).formatted(dateStyle.quarter(.abbreviated).year())
    }

    /// `text` with its first letter in upper case, the locale's way (Turkish `i` is
    /// `İ`): a sentence a message opens with a placeholder (`{period} n’est couvert…`)
    /// starts with a capital after a full stop (`Juin 2023 n’est couvert`). Text whose
    /// first character is no lower-case letter (a digit, Arabic) is returned as it is.
    public func sentenceStart(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return (isEnglish ? first.uppercased() : String(first).uppercased(with: foundationLocale)) + text.dropFirst()
    }

    /// An ISO week: the language's own words where its catalogue has them
    /// (`semaine 14 de 2023`, worded after CLDR's `yw` pattern, which ICU does not
    /// expose), otherwise ISO 8601's own form, zero-padded, in the locale's digits
    /// (`2023-W04`; `۲۰۲۳-W۰۴` in `fa`): never `2023-W4`, a form no standard writes.
    public func isoWeek(year: Int, week: Int) -> String {
        if identifier != "en", Messages.has("period.iso_week", locale: self) {
            return Messages.text("period.iso_week", ["week": integer(Int64(week)), "year": self.year(year)], locale: self)
        }
        return self.year(year) + "-W" + (week < 10 ? integer(0) : "") + integer(Int64(week))
    }

    /// `2021` in the locale's digits.
    public func year(_ year: Int) -> String {
        guard let d = CalendarDay(year: year, month: 1, day: 1) else { return "\(year)" }
        return date(d).formatted(dateStyle.year())
    }

    /// `7 janvier` (fr, skeleton MMMMd), `7 janvier 2021` with the year (yMMMMd).
    public func dayMonth(_ day: CalendarDay, withYear: Bool, wide: Bool = true) -> String {
        let style = dateStyle.day().month(wide ? .wide : .abbreviated)
        return date(day).formatted(withYear ? style.year() : style)
    }

    /// `2021-01-07` in the locale's digits (ISO 8601 order, as tally writes days).
    public func isoDay(_ day: CalendarDay) -> String {
        let c = day.components
        func pad(_ n: Int, _ width: Int) -> String { let t = String(n); return String(repeating: "0", count: max(0, width - t.count)) + t }
        return digitsOf(pad(c.year, 4) + "-" + pad(c.month, 2) + "-" + pad(c.day, 2))
    }

    /// ASCII digits of `text` in this locale's digits (`2023-W14` → `٢٠٢٣-W١٤`);
    /// `text` unchanged under latin digits.
    public func digitsOf(_ text: String) -> String {
        guard resolvedDigitsAreNative else { return text }
        let zero = integer(0)
        guard let z = zero.unicodeScalars.first, zero.unicodeScalars.count == 1 else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s.value >= 0x30 && s.value <= 0x39, let d = Unicode.Scalar(z.value + s.value - 0x30) { out.append(d) } else { out.append(s) }
        }
        return String(out)
    }

    // MARK: Plurals

    /// CLDR's plural category of `n` in this language: `one`, `two`, `few`, `many`,
    /// `other`, `zero` (ICU's plural rules).
    public func pluralCategory(_ n: Int64) -> String {
        var status = U_ZERO_ERROR
        guard let rules = swift_uplrules_open(identifier, &status), status.rawValue <= 0 else { return n == 1 ? "one" : "other" }
        defer { swift_uplrules_close(rules) }
        var buffer = [UChar](repeating: 0, count: 16)
        let length = swift_uplrules_select(rules, Double(n), &buffer, Int32(buffer.count), &status)
        guard status.rawValue <= 0, length > 0 else { return n == 1 ? "one" : "other" }
        return String(decoding: buffer[0 ..< Int(length)], as: UTF16.self)
    }
}

/// ICU's number range formatter (CLDR's range pattern and approximately sign).
enum ICURange {
    static func format(_ low: Double, _ high: Double, locale: String, approximately: Bool) -> String? {
        var status = U_ZERO_ERROR
        let skeleton: [UChar] = []
        guard let f = swift_unumrf_openForSkeletonWithCollapseAndIdentityFallback(
            skeleton, 0, UNUM_RANGE_COLLAPSE_NONE,
            approximately ? UNUM_IDENTITY_FALLBACK_APPROXIMATELY : UNUM_IDENTITY_FALLBACK_RANGE,
            locale, nil as UnsafeMutablePointer<UParseError>?, &status), status.rawValue <= 0 else { return nil }
        defer { swift_unumrf_close(f) }
        guard let result = swift_unumrf_openResult(&status), status.rawValue <= 0 else { return nil }
        defer { swift_unumrf_closeResult(result) }
        swift_unumrf_formatDoubleRange(f, low, high, result, &status)
        guard status.rawValue <= 0, let value = swift_unumrf_resultAsValue(result, &status) else { return nil }
        var length: Int32 = 0
        guard let chars = swift_ufmtval_getString(value, &length, &status), status.rawValue <= 0 else { return nil }
        return String(decoding: UnsafeBufferPointer(start: chars, count: Int(length)), as: UTF16.self)
    }
}
