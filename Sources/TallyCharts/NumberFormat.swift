#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TallyCore

/// How axis numbers are written.
public enum NumberStyle: Sendable, Equatable {
    /// `5,000`, `12,500`: exact, the default.
    case grouped
    /// `5K`, `1.2M`: for axes where grouped labels would collide.
    case compact
}

/// Formats tick values consistently across one axis.
public enum NumberFormat {
    /// Decimal places needed to tell ticks `step` apart (0 for whole-number steps).
    static func decimals(forStep step: Double) -> Int {
        guard step > 0 else { return 0 }
        var scaled = step
        for d in 0...6 {
            if abs(scaled - scaled.rounded()) < 1e-6 * max(1, scaled) { return d }
            scaled *= 10
        }
        return 6
    }

    public static func format(_ value: Double, step: Double, style: NumberStyle) -> String {
        switch style {
        case .grouped: return grouped(value, decimals: decimals(forStep: step))
        case .compact: return compact(value, step: step)
        }
    }

    /// `1234567.5` with 1 decimal → `1,234,567.5`; negative zero is written `0`.
    public static func grouped(_ value: Double, decimals: Int = 0) -> String {
        let locale = DisplayLocale.current
        if !locale.isEnglish {
            // CLDR's grouping and decimal sign; negative zero is written 0.
            let v = (value * pow(10, Double(decimals))).rounded() == 0 ? 0 : value
            return locale.decimal(v, decimals: decimals)
        }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = Int64(scaled / scale)
        var text = Estimate.grouped(whole)
        if decimals > 0 {
            let frac = Int64(scaled - Double(whole) * scale)
            var digits = String(frac)
            while digits.count < decimals { digits = "0" + digits }
            text += "." + digits
        }
        return value < 0 && scaled != 0 ? "-" + text : text
    }

    /// `950`, `5K`, `12.5K`, `1.2M`, `3B`: the unit follows each value's magnitude and
    /// the decimals follow the tick step, so `0, 500K, 1M, 1.5M` reads evenly.
    public static func compact(_ value: Double, step: Double) -> String {
        let locale = DisplayLocale.current
        if !locale.isEnglish {
            // CLDR's short compact form (`5 k` fr, `5 mil` es, `5 آلاف` ar), the
            // decimals following the tick step as below.
            let magnitude = abs(value)
            let unit = [1e12, 1e9, 1e6, 1e3].first(where: { magnitude >= $0 }) ?? 1
            return locale.compact(value, significantDecimals: min(decimals(forStep: step / unit), 2))
        }
        let magnitude = abs(value)
        let units: [(Double, String)] = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")]
        guard let (unit, suffix) = units.first(where: { magnitude >= $0.0 }) else {
            return grouped(value, decimals: decimals(forStep: step))
        }
        let places = decimals(forStep: step / unit)
        var body = grouped(magnitude / unit, decimals: min(places, 2))
        if body.contains(".") {
            while body.hasSuffix("0") { body.removeLast() }
            if body.hasSuffix(".") { body.removeLast() }
        }
        return (value < 0 ? "-" : "") + body + suffix
    }
}
