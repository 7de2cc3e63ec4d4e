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
    // The type scale (docs/reports.md, "Type scale"): cover title 24 > section heading
    // 18 >= chart headline (the chart's 26-unit headline scaled onto the page, 16.9 pt)
    // > subheading 12 > body 9.5 > notes 8. The cover's lead figure is a number, not
    // text in the hierarchy: 34 pt.
    /// 24 pt, and always 4 pt over the section heading.
    var titleFont: Font { Font(size: max(24, headingFont.size + 4), weight: .bold) }
    var titleStep: Double { (titleFont.size * 1.2).rounded() }
    let subtitleFont = Font(size: 12.5)
    let metaFont = Font(size: 8.5)
    /// 18 pt, or the chart headline's size when a style makes that larger.
    var headingFont: Font { Font(size: max(18, chartHeadlineSize.rounded(.up)), weight: .bold) }
    let subheadingFont = Font(size: 12, weight: .bold)
    let leadFont = Font(size: 34, weight: .bold)
    let coverBodyFont = Font(size: 10.5)
    var coverLineHeight: Double { PageStyle.coverLineStep }
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
    /// Baseline to baseline in the running header, and its last baseline.
    static let runningStep = 9.5
    static let runningBaseline = 40.0
    static let headingStep = 22.0
    static let subtitleStep = 16.0
    static let metaStep = 11.5
    static let coverLineStep = 15.0
    static let coverLogoHeight = 40.0

    /// The size a chart's headline is printed at on the page.
    var chartHeadlineSize: Double { theme.titleFont.size * chartScale }
    static let contentsStep = 13.0

    /// A heading of `lines` lines with its rule under it.
    static func headingHeight(lines: Int) -> Double { Double(lines) * headingStep + 8 }
    static let subheadingHeight = 22.0

    /// The running header's title shares its line with the period name at the right.
    func runningTitleWidth(_ report: ReportContent, canvas: Canvas) -> Double {
        content.width - canvas.measure(report.periodName, font: runningFont).width - 24
    }

    var rowTint: Color { Color(hex: 0xF3F4F6) }
    var rule: Color { Color(hex: 0xC9CDD2) }
}
