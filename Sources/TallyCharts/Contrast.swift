#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Contrast as WCAG 2.2 measures it (success criterion 1.4.3, "Contrast (Minimum)"):
/// text needs a ratio of at least 4.5:1 against its background.
///
/// The Okabe–Ito colours are chosen to be told apart, not to be read as text: on white,
/// orange is 2.25:1, sky blue 2.31:1 and yellow 1.32:1. A series name drawn in its
/// series' colour is therefore drawn in a shade of it, darkened (or, on a dark
/// background, lightened) just enough to pass; the line keeps the pure colour.
extension Color {
    /// WCAG's relative luminance of the sRGB colour (alpha ignored).
    public var relativeLuminance: Double {
        func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG's contrast ratio, from 1 (same luminance) to 21 (black on white).
    public func contrastRatio(with other: Color) -> Double {
        let a = relativeLuminance, b = other.relativeLuminance
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// The colour mixed `amount` (0…1) of the way towards `target`.
    public func mixed(with target: Color, amount: Double) -> Color {
        Color(red: red + (target.red - red) * amount, green: green + (target.green - green) * amount,
              blue: blue + (target.blue - blue) * amount, alpha: alpha)
    }

    /// WCAG's minimum for normal text.
    public static let minimumTextContrast = 4.5

    /// This colour if text in it is readable on `background`, else the closest shade of
    /// it that is: mixed towards black on a light background, towards white on a dark
    /// one, by the smallest amount (to 1/256) that reaches `ratio`. The shade is then
    /// rounded to 8-bit components, as a PNG stores them, and checked again, so the
    /// colour actually written passes.
    public func readable(on background: Color, ratio: Double = Color.minimumTextContrast) -> Color {
        let opaque = withAlpha(1)
        if opaque.contrastRatio(with: background) >= ratio { return opaque }
        let white = Color(red: 1, green: 1, blue: 1), black = Color(red: 0, green: 0, blue: 0)
        // Towards whichever end gives the background more contrast.
        let target = background.contrastRatio(with: black) >= background.contrastRatio(with: white) ? black : white
        var lo = 0.0, hi = 1.0
        for _ in 0..<8 {
            let mid = (lo + hi) / 2
            if opaque.mixed(with: target, amount: mid).contrastRatio(with: background) >= ratio { hi = mid } else { lo = mid }
        }
        var shade = opaque.mixed(with: target, amount: hi).quantized
        var step = hi
        while shade.contrastRatio(with: background) < ratio, step < 1 {
            step = min(1, step + 1.0 / 256)
            shade = opaque.mixed(with: target, amount: step).quantized
        }
        return shade
    }

    /// Components rounded to 8 bits.
    var quantized: Color {
        let c = rgb8
        return Color(red: Double(c.r) / 255, green: Double(c.g) / 255, blue: Double(c.b) / 255, alpha: alpha)
    }
}

extension Theme {
    /// The colour to write text of series `index` in: its series colour, or the closest
    /// shade of it with 4.5:1 against the background.
    public func seriesTextColor(_ index: Int) -> Color {
        seriesColor(index).readable(on: background)
    }
}
