import TallyCairo
import TallyCharts
import TallyCore

/// Paper sizes in points.
public enum Paper: String, Sendable, CaseIterable {
    case a4, letter

    public var size: Size {
        switch self {
        case .a4: Size(width: 595.28, height: 841.89)
        case .letter: Size(width: 612, height: 792)
        }
    }
}

/// Type sizes, colours and margins of report pages.
struct PageStyle {
    let paper: Paper
    /// Light, or a report spec's `style:` theme (colours, chart fonts, logo, credit).
    var theme = Theme.light
    let marginX = 56.0
    let top = 70.0
    let bottom = 62.0
    let titleFont = Font(size: 22, weight: .bold)
    let subtitleFont = Font(size: 12.5)
    let metaFont = Font(size: 8.5)
    let headingFont = Font(size: 14, weight: .bold)
    let subheadingFont = Font(size: 10.5, weight: .bold)
    let bodyFont = Font(size: 9.5)
    let bodyBold = Font(size: 9.5, weight: .bold)
    let lineHeight = 13.6
    let tableFont = Font(size: 8.5)
    let tableBold = Font(size: 8.5, weight: .bold)
    let tableRowHeight = 15.0
    let runningFont = Font(size: 7.5)
    let figureFont = Font(size: 17, weight: .bold)
    let smallFont = Font(size: 8)
    /// Charts are laid out this many units wide (a screen-sized chart) and scaled onto
    /// the page so that their inner margin lines up with the page margin.
    let chartUnitsWide = 800.0
    static let chartMargin = 28.0

    var size: Size { paper.size }
    var content: Rect { Rect(x: marginX, y: top, width: size.width - 2 * marginX, height: size.height - top - bottom) }
    var chartScale: Double { content.width / (chartUnitsWide - 2 * PageStyle.chartMargin) }

    /// Bars are at most 64 units apart, so a chart of three bars is shorter than one of
    /// ten instead of leaving a blank half page.
    func chartUnits(for drawing: any ChartDrawing) -> Size {
        if let bar = drawing as? BarChart {
            return Size(width: chartUnitsWide, height: min(470, max(250, 190 + 64 * Double(bar.bars.count))))
        }
        return Size(width: chartUnitsWide, height: 470)
    }
    var rowTint: Color { Color(hex: 0xF3F4F6) }
    var rule: Color { Color(hex: 0xC9CDD2) }
}
