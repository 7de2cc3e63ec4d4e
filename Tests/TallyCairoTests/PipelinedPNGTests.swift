import CCairo
import Testing
import TallyCharts
import TallyCore
@testable import TallyCairo

/// Issue 13, item 6: a PNG is drawn in two passes, its top rows compressed on another
/// core while the bottom rows are drawn. The file must be byte for byte the one a
/// single pass gives (every pixel drawn by exactly one pass, the same bands compressed),
/// at every scale and size, and for every kind of chart.
@Suite struct PipelinedPNGTests {
    /// The PNG of one pass over the whole image, encoded after it.
    func singlePass(_ chart: some ChartDrawing, width: Int, height: Int, scale: Int) throws -> [UInt8] {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width * scale), Int32(height * scale))!
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)!
        cairo_scale(cr, Double(scale), Double(scale))
        do {
            let canvas = CairoCanvas(cairo: cr, fontFamily: RenderOptions.defaultFont)
            chart.draw(on: canvas, size: Size(width: Double(width), height: Double(height)), theme: .light)
        }
        cairo_destroy(cr)
        return try PNGWriter.encode(surface, text: [("Title", chart.headline), ("Description", chart.altText)])
    }

    static let arabic: BarChart = BarChart(bars: [
        BarChart.Bar(label: "محافظة ريف دمشق الشمالية الشرقية البعيدة", estimate: Estimate(unchecked: 40, best: 50, high: 60)),
        BarChart.Bar(label: "حلب (Syria)", estimate: Estimate(unchecked: 10, best: 12, high: nil)),
    ], text: ChartText(title: "عدد القتلى في المحافظات", subtitle: "2023", source: "Source: test"))

    @Test(arguments: [(1200, 675, 1), (1200, 675, 2), (640, 360, 3), (800, 129, 1), (400, 300, 1), (1200, 1900, 1)])
    func twoPassesGiveTheBytesOfOne(width: Int, height: Int, scale: Int) throws {
        #expect(ParallelDeflate.pipelineSplit(rows: height * scale) != nil)
        var annotated = sampleTimeline
        annotated.annotations = [TimelineChart.Annotation(argument: "2022-02-15=A rule across the split")!]
        let charts: [any ChartDrawing] = [sampleBars, annotated, SmallMultiples(sampleTimeline), Self.arabic]
        for chart in charts {
            let options = RenderOptions(width: width, height: height, scale: scale)
            guard let piped = try? ChartRenderer.render(chart, format: .png, options: options) else { continue } // too small to fit
            #expect(piped == (try singlePass(chart, width: width, height: height, scale: scale)), "\(type(of: chart)) \(width)×\(height)@\(scale)")
        }
    }

    @Test func theSplitIsOnABandEdgeAboutHalfWay() {
        #expect(ParallelDeflate.pipelineSplit(rows: 64) == nil)
        #expect(ParallelDeflate.pipelineSplit(rows: 65) == 64)
        #expect(ParallelDeflate.pipelineSplit(rows: 675) == 384)
        #expect(ParallelDeflate.pipelineSplit(rows: 1350) == 704)
    }
}
