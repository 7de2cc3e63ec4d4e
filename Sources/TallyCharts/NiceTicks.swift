#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Round axis ticks by Heckbert's "nice numbers" ("Nice numbers for graph labels",
/// Graphics Gems, 1990): steps of 1, 2 or 5 × 10^k, and an axis extended outward to
/// whole steps, so a reader can interpolate between gridlines at a glance.
public struct NiceTicks: Equatable, Sendable {
    public let lower: Double
    public let upper: Double
    public let step: Double

    public var values: [Double] {
        let n = Int(((upper - lower) / step).rounded())
        return (0...n).map { lower + Double($0) * step }
    }

    /// - Parameters:
    ///   - targetCount: about how many ticks fit; at least 2.
    ///   - minimumStep: 1 for counts of people, so an axis never shows 0.5 killed.
    public init(min lo: Double, max hi: Double, targetCount: Int, minimumStep: Double = 0) {
        var lo = lo, hi = hi
        if hi < lo { swap(&lo, &hi) }
        if hi == lo { hi = lo + Swift.max(1, minimumStep) }
        let count = Swift.max(2, targetCount)
        let range = NiceTicks.niceNumber(hi - lo, round: false)
        var step = NiceTicks.niceNumber(range / Double(count - 1), round: true)
        if step < minimumStep { step = minimumStep }
        lower = (lo / step).rounded(.down) * step
        upper = (hi / step).rounded(.up) * step
        self.step = step
    }

    init(lower: Double, upper: Double, step: Double) {
        self.lower = lower; self.upper = upper; self.step = step
    }

    /// These ticks, or finer ones (the next 1-2-5 step down) over the same data until
    /// there are at least three: an axis reading only "0" and "100,000" gives the eye
    /// nothing to interpolate from. Where the step cannot get finer (a count of 1), the
    /// axis is extended by a step.
    public func atLeastThree(dataMax: Double, minimumStep: Double) -> NiceTicks {
        var t = self
        while t.values.count < 3 {
            let finer = NiceTicks.nextSmallerStep(t.step)
            if finer >= minimumStep, finer > 0 {
                t = NiceTicks(lower: t.lower, upper: Swift.max((dataMax / finer).rounded(.up) * finer, t.lower + finer), step: finer)
            } else {
                t = NiceTicks(lower: t.lower, upper: t.lower + 2 * t.step, step: t.step)
            }
        }
        return t
    }

    /// 10 → 5 → 2 → 1 → 0.5 …
    static func nextSmallerStep(_ step: Double) -> Double {
        let exponent = floor(log10(step))
        let power = pow(10, exponent)
        let fraction = (step / power).rounded()
        return fraction >= 5 ? 2 * power : fraction >= 2 ? power : power / 2
    }

    /// The 1-2-5 number nearest `x` (rounding) or the smallest one at least `x`.
    public static func niceNumber(_ x: Double, round: Bool) -> Double {
        guard x > 0 else { return 1 }
        let exponent = floor(log10(x))
        let power = pow(10, exponent)
        let fraction = x / power
        let nice: Double
        if round {
            nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        } else {
            nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        }
        return nice * power
    }
}

/// Maps data values linearly onto a span of the canvas.
public struct LinearScale: Equatable, Sendable {
    public var domain: (lower: Double, upper: Double)
    public var range: (start: Double, end: Double)

    public init(domain: (Double, Double), range: (Double, Double)) {
        self.domain = (domain.0, domain.1)
        self.range = (range.0, range.1)
    }

    public func callAsFunction(_ value: Double) -> Double {
        let span = domain.upper - domain.lower
        guard span != 0 else { return range.start }
        return range.start + (value - domain.lower) / span * (range.end - range.start)
    }

    public static func == (a: LinearScale, b: LinearScale) -> Bool {
        a.domain == b.domain && a.range == b.range
    }
}

/// Chooses ticks and a number style for a value axis so that no two labels collide.
///
/// Starts from as many ticks as the length allows and falls back first to the compact
/// style (`1.2M`), then to fewer ticks: a crowded axis is unreadable, a sparse one is not.
public struct ValueAxis: Sendable {
    public let ticks: NiceTicks
    public let style: NumberStyle
    public let labels: [String]

    /// - Parameter vertical: labels stacked along a vertical axis need room for their
    ///   height, not their width.
    public init(max: Double, length: Double, font: Font, canvas: Canvas, vertical: Bool = false,
                spacing: Double = 28, minimumStep: Double = 1) {
        let top = Swift.max(max, 1)
        /// The first style whose labels keep `spacing` apart, if any.
        func fitting(_ ticks: NiceTicks) -> (NumberStyle, [String])? {
            for style in [NumberStyle.grouped, .compact] {
                let labels = ticks.values.map { NumberFormat.format($0, step: ticks.step, style: style) }
                let widest = labels.map {
                    let m = canvas.measure($0, font: font)
                    return vertical ? m.height : m.width
                }.max() ?? 0
                let pitch = length / Double(Swift.max(1, labels.count - 1))
                if widest + spacing <= pitch { return (style, labels) }
            }
            return nil
        }
        var chosen: (NiceTicks, NumberStyle, [String])? = nil
        let start = Swift.max(3, Swift.min(10, Int(length / (vertical ? 60 : 90))))
        func candidate(_ target: Int) -> NiceTicks {
            NiceTicks(min: 0, max: top, targetCount: target, minimumStep: minimumStep)
                .atLeastThree(dataMax: top, minimumStep: minimumStep)
        }
        var target = start
        while target >= 3, chosen == nil {
            let ticks = candidate(target)
            if let (style, labels) = fitting(ticks) { chosen = (ticks, style, labels) }
            target -= 1
        }
        // Heckbert rounds the range before dividing it, so three ticks on 0–2,488 come out
        // as 0, 2,000, 4,000 and leave 40 % of the axis empty. A few more ticks that still
        // fit may end closer to the data (0, 1,000, 2,000, 3,000): take the tightest.
        if chosen != nil {
            for more in (start + 1)...(start + 3) {
                let ticks = candidate(more)
                guard ticks.upper < chosen!.0.upper, let (style, labels) = fitting(ticks) else { continue }
                chosen = (ticks, style, labels)
            }
        }
        // Never fewer than three ticks: on an axis too short for three labels at full
        // spacing they keep at least a third of it apart, in the compact style.
        let fallback = candidate(3)
        let (t, s, l) = chosen ?? (fallback, .compact,
                                    fallback.values.map { NumberFormat.compact($0, step: fallback.step) })
        ticks = t; style = s; labels = l
    }
}
