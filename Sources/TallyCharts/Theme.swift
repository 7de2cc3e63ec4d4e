/// Colours and type sizes of a chart.
///
/// Series colours come from the Okabe–Ito palette, chosen because it stays
/// distinguishable for the common forms of colour blindness and in greyscale print.
public struct Theme: Equatable, Sendable {
    public var background: Color
    public var text: Color
    public var mutedText: Color
    public var grid: Color
    public var axis: Color
    /// Single-series bars and lines.
    public var primary: Color
    /// The folded "N others" bar: deliberately quiet, it is not a competitor.
    public var others: Color
    /// Whiskers and open-ended markers drawn over bars.
    public var whisker: Color
    public var series: [Color]
    public var bandOpacity: Double
    public var annotation: Color

    /// A logo drawn on every chart (from a style file), and where.
    public var logo: Logo?
    /// A line under the source, e.g. "Chart: Graphics desk" (from a style file).
    public var credit = ""
    /// The colour of a highlighted bar or line (`--highlight`); the rest turn grey.
    public var accent = OkabeIto.vermillion
    /// Which way the chart reads (``LayoutDirection``): right to left for an Arabic or
    /// Persian brief, where the whole chart is drawn mirrored.
    public var direction = LayoutDirection.leftToRight

    public var titleFont = Font(size: 26, weight: .bold)
    public var subtitleFont = Font(size: 17)
    public var labelFont = Font(size: 15)
    public var valueFont = Font(size: 14, weight: .bold)
    public var tickFont = Font(size: 13)
    public var sourceFont = Font(size: 12)
    /// Multiplies the margins around the headline and source line; 1 at full size.
    public var spacing = 1.0

    /// Charts at least this wide use the theme as it is.
    public static let fullWidth = 800.0

    /// No text is drawn smaller than this (pixels at scale 1, points in PDF and SVG):
    /// tick labels at 7.8 px and a source line at 7.2 px on a 400-wide mobile chart could
    /// not be read. A small chart reflows instead (labels above bars, wrapped names,
    /// fewer bars with a message).
    public static let minimumTextSize = 12.0

    /// The type and margins for a chart `width` units wide: narrower than ``fullWidth``
    /// they shrink with the width, down to 60 %, but no type below
    /// ``minimumTextSize``: a 26-point headline and 28-point margins on a 400-unit chart
    /// leave no room for the chart itself, while 12-point text is still legible there.
    public func fitted(toWidth width: Double) -> Theme {
        let factor = min(1, max(0.6, width / Theme.fullWidth))
        guard factor < 1 else { return self }
        var t = self
        for font in [\Theme.titleFont, \.subtitleFont, \.labelFont, \.valueFont, \.tickFont, \.sourceFont] {
            let size = t[keyPath: font].size
            t[keyPath: font].size = max(min(size, Theme.minimumTextSize), size * factor)
        }
        t.spacing *= factor
        return t
    }

    /// The eight Okabe–Ito colours (Okabe & Ito 2008), by their published names.
    public enum OkabeIto {
        public static let orange = Color(hex: 0xE69F00)
        public static let skyBlue = Color(hex: 0x56B4E9)
        public static let bluishGreen = Color(hex: 0x009E73)
        public static let yellow = Color(hex: 0xF0E442)
        public static let blue = Color(hex: 0x0072B2)
        public static let vermillion = Color(hex: 0xD55E00)
        public static let reddishPurple = Color(hex: 0xCC79A7)
        public static let black = Color(hex: 0x000000)
    }

    public static let light = Theme(
        background: Color(hex: 0xFFFFFF), text: Color(hex: 0x1A1A1A), mutedText: Color(hex: 0x5E5E5E),
        grid: Color(hex: 0xE4E4E4), axis: Color(hex: 0x8C8C8C), primary: OkabeIto.blue,
        others: Color(hex: 0xB4B4B4), whisker: Color(hex: 0x1A1A1A),
        // Yellow is last: on white it is the least legible line.
        series: [OkabeIto.blue, OkabeIto.orange, OkabeIto.bluishGreen, OkabeIto.vermillion,
                 OkabeIto.reddishPurple, OkabeIto.skyBlue, OkabeIto.black, OkabeIto.yellow],
        bandOpacity: 0.18, annotation: Color(hex: 0x5E5E5E))

    public static let dark = Theme(
        background: Color(hex: 0x15181C), text: Color(hex: 0xECECEC), mutedText: Color(hex: 0xA6A6A6),
        grid: Color(hex: 0x2E333A), axis: Color(hex: 0x6E747C), primary: OkabeIto.skyBlue,
        others: Color(hex: 0x5A6068), whisker: Color(hex: 0xF2F2F2),
        // Black is replaced by white, and dark blue moves back: it sinks into the background.
        series: [OkabeIto.skyBlue, OkabeIto.orange, OkabeIto.bluishGreen, OkabeIto.vermillion,
                 OkabeIto.reddishPurple, OkabeIto.yellow, Color(hex: 0xFFFFFF), OkabeIto.blue],
        bandOpacity: 0.26, annotation: Color(hex: 0xA6A6A6))

    public static func named(_ name: String) -> Theme? {
        switch name.lowercased() {
        case "light": .light
        case "dark": .dark
        default: nil
        }
    }

    public func seriesColor(_ index: Int) -> Color { series[index % series.count] }
}

/// A PNG logo: its file, its size in chart units and where it goes.
public struct Logo: Equatable, Sendable {
    public enum Placement: String, Sendable, CaseIterable {
        /// Right of the source line (the footer grows to its height if taller).
        case bottomRight = "bottom-right"
        /// Right of the headline, which wraps short of it.
        case topRight = "top-right"
    }
    public var file: String
    public var width: Double
    public var height: Double
    public var placement: Placement
    public init(file: String, width: Double, height: Double, placement: Placement) {
        self.file = file; self.width = width; self.height = height; self.placement = placement
    }
}
