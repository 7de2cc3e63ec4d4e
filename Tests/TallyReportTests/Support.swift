import Foundation
import TallyCharts
import TallyCore
import TallyTestSupport
@testable import TallyReport

let newsDataset = packageRoot + "/Datasets/news-balkh-2023-04.csv"

func temporaryFolder(_ name: String = "report") -> String { scratchFolder(name) }

func write(_ text: String, to path: String) {
    try! Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

func bytes(_ path: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path).map { [UInt8]($0) }
}

func files(in folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
}

/// A spec on the bundled news item, with `extra` appended to the top level.
func newsSpec(dataset: String = newsDataset, period: String = "2023-04", extra: String = "") -> String {
    """
    title: Test brief
    name: brief
    period:
      every: month
      which: \(period)
    datasets:
      - path: \(dataset)
        source: News item
        licence: CC0 1.0
        attribution: The tally developers
    sections:
      - type: summary
      - type: bar
        id: killed
        title: Killed by actor
        measure: killed
        by: actor
      - type: timeline
        title: Killed per month
        measure: killed
        periods: 6
      - type: table
        title: By place
        by: [adm1, actor]
        measures: [killed]
      - type: notes
        text: |
          One **bold** and one *quiet* word.
    \(extra)
    """
}

/// Records for tests: one a line, `date,country,adm1,actor,measure,low,best,high`.
func csv(_ rows: [String]) -> String {
    var out = "id,date_start,country,adm_1,actor,measure,low,best,high,source\n"
    for (i, r) in rows.enumerated() {
        let f = r.split(separator: ",", omittingEmptySubsequences: false)
        out += "r\(i),\(f[0]),\(f[1]),\(f[2]),\(f[3]),\(f[4]),\(f[5]),\(f[6]),\(f[7]),src\(i % 3)\n"
    }
    return out
}

/// Records drawing calls of report pages, measuring text like ``RecordingCanvas``.
final class RecordingDocumentCanvas: DocumentCanvas {
    let base = RecordingCanvas()
    var italicTexts: [String] = []
    var links: [(Rect, Int, Double)] = []
    var scaledDrawings = 0
    var figureAlts: [String] = []

    func fill(_ rect: Rect, color: Color) { base.fill(rect, color: color) }
    func line(from start: Point, to end: Point, color: Color, width: Double, dash: [Double]) {
        base.line(from: start, to: end, color: color, width: width, dash: dash)
    }
    func stroke(_ points: [Point], color: Color, width: Double) { base.stroke(points, color: color, width: width) }
    func fill(_ polygon: [Point], color: Color) { base.fill(polygon, color: color) }
    func fillCircle(center: Point, radius: Double, color: Color) { base.fillCircle(center: center, radius: radius, color: color) }
    func text(_ string: String, at point: Point, font: Font, color: Color, anchor: TextAnchor) {
        base.text(string, at: point, font: font, color: color, anchor: anchor)
    }
    func measure(_ string: String, font: Font) -> TextMetrics { base.measure(string, font: font) }
    func pushClip(_ rect: Rect) { base.pushClip(rect) }
    func popClip() { base.popClip() }
    func text(_ string: String, at point: Point, font: Font, italic: Bool, color: Color, anchor: TextAnchor) {
        if italic { italicTexts.append(string) }
        base.text(string, at: point, font: font, color: color, anchor: anchor)
    }
    func measure(_ string: String, font: Font, italic: Bool) -> TextMetrics { base.measure(string, font: font) }
    /// Where each scaled drawing (a chart) was put, and at what scale.
    var scaledOrigins: [(Point, Double)] = []
    func drawScaled(origin: Point, scale: Double, alt: String?, _ body: (Canvas) -> Void) {
        scaledDrawings += 1
        scaledOrigins.append((origin, scale))
        if let alt { figureAlts.append(alt) }
        body(RecordingCanvas())
    }
    func link(_ rect: Rect, toPage page: Int, y: Double) { links.append((rect, page, y)) }
}

/// A spec with one dataset, `e.csv` holding `text` in a new scratch folder, source S and
/// licence L: what most content and cover tests read.
/// - Parameters:
///   - extra: top-level keys after the title (`period: …`, `coverage: …`).
///   - dataset: more keys of the dataset, indented to its level (`    continuous: true`).
///   - sections: the `sections:` list, indented as in a spec (`  - type: summary`).
func oneDatasetSpec(_ text: String, folder: String, extra: String = "", dataset: String = "",
                    sections: String) throws -> ReportSpec {
    let dir = temporaryFolder(folder)
    write(text, to: dir + "/e.csv")
    return try SpecParser.parse("""
    title: T
    \(extra)
    datasets:
      - path: e.csv
        source: S
        licence: L
    \(dataset)
    sections:
    \(sections)
    """, file: dir + "/r.yml")
}
