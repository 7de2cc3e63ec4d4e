import CCairo
import TallyCairo
import TallyCharts
import TallyCore
#if canImport(Glibc)
import Glibc
#endif

// Renders a 1200×675 bar chart of 10 + "others" bars (the same shape as the CLI
// benchmark) and a 6-series timeline, many times in one process, and prints the median
// time per PNG. Usage: chart-bench [iterations] [--write DIR] [--only CHART-FORMAT]
// (`--only timeline-png` measures one, for a profiler).
func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// CPU time of the process: on a machine others are loading, wall time per render
/// measures their load as much as tally; CPU time barely moves with it.
func cpu() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

let arguments = Array(CommandLine.arguments.dropFirst())
let iterations = arguments.first.flatMap(Int.init) ?? 200
let writeDir: String? = arguments.firstIndex(of: "--write").map { arguments[$0 + 1] }
let only: String? = arguments.firstIndex(of: "--only").map { arguments[$0 + 1] }

func e(_ l: Int64, _ b: Int64, _ h: Int64?) -> Estimate { Estimate(unchecked: l, best: b, high: h) }
let names = ["Túmtetica", "Dianica", "Tarmúkea", "Koulana", "Jazquomria", "Vurea", "Iatova", "Grurica", "Vea", "Triazkhôlia",
             "Vigria", "Tréljozica", "Toustrenland", "Amria", "Yindea", "Shôksondova", "Quifamstan", "Gamria", "Mikia Faizkhez", "Drosgaimova"]
var rows: [AggregateRow] = []
for (i, name) in names.enumerated() {
    let best = Int64(4000 - i * 180)
    rows.append(AggregateRow(country: name, periodKey: 0, period: "all", measure: "killed", kind: .flow,
                             estimate: e(best * 8 / 10, best, i == 3 ? nil : best * 13 / 10), events: 10))
}
let result = AggregateResult(grouping: Grouping([.country]), period: .all, rows: rows)
let bar = BarChart(bars: try BarChart.bars(from: result, measure: "killed", top: 10),
                   text: ChartText(title: "People killed by country", subtitle: "Best estimate with range, 2021–2025",
                                   source: "Source: generated benchmark data"))

var monthly: [AggregateRow] = []
for (i, name) in names.prefix(6).enumerated() {
    for m in 0..<48 {
        let key = Int32(2021 * 12 + m)
        let best = Int64(200 + (m * 37 + i * 91) % 300 - i * 20)
        monthly.append(AggregateRow(country: name, periodKey: key, period: PeriodKind.month.label(key), measure: "killed",
                                    kind: .flow, estimate: e(best * 7 / 10, best, best * 14 / 10), events: 3))
    }
}
let series = try TimelineChart.series(from: AggregateResult(grouping: Grouping([.country]), period: .month, rows: monthly),
                                  measure: "killed", top: 6)
let timeline = TimelineChart(period: .month, series: series.series,
                             annotations: [TimelineChart.Annotation(argument: "2022-03-15=Ceasefire")!],
                             text: ChartText(title: "People killed per month", subtitle: "Six countries",
                                             source: "Source: generated benchmark data"))

func time(_ label: String, _ format: ChartFormat, _ body: () throws -> [UInt8]) throws {
    if let only, only != label + "-" + format.rawValue { return }
    var samples: [Double] = [], cpuSamples: [Double] = []
    var bytes: [UInt8] = []
    for _ in 0..<iterations {
        let t0 = now(), c0 = cpu()
        bytes = try body()
        samples.append(now() - t0)
        cpuSamples.append(cpu() - c0)
    }
    cpuSamples.sort()
    let cpuMedian = cpuSamples[cpuSamples.count / 2] * 1000
    let first = samples[0] * 1000
    samples.sort()
    let median = samples[samples.count / 2] * 1000
    let p90 = samples[samples.count * 9 / 10] * 1000
    print("\(label) \(format.rawValue): median \(String(median.rounded(toPlaces: 2))) ms, p90 \(String(p90.rounded(toPlaces: 2))) ms, first \(String(first.rounded(toPlaces: 2))) ms, CPU median \(String(cpuMedian.rounded(toPlaces: 2))) ms, \(bytes.count) bytes, n=\(iterations)")
    if let writeDir {
        let path = writeDir + "/bench-\(label).\(format.rawValue)"
        let f = fopen(path, "wb")!
        fwrite(bytes, 1, bytes.count, f)
        fclose(f)
    }
}

extension Double {
    func rounded(toPlaces n: Int) -> Double {
        var p = 1.0
        for _ in 0..<n { p *= 10 }
        return (self * p).rounded() / p
    }
}

for format in ChartFormat.allCases {
    try time("bar", format) { try ChartRenderer.render(bar, format: format, options: RenderOptions()) }
    try time("timeline", format) { try ChartRenderer.render(timeline, format: format, options: RenderOptions()) }
}

// Drawing alone, one pass, no PNG encoding (`--only timeline-draw`, `--only bar-draw`):
// what a PNG's time is made of.
if only == "timeline-draw" || only == "bar-draw" {
    var samples: [Double] = []
    for _ in 0..<iterations {
        let c0 = cpu()
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 1200, 675)
        let cr = cairo_create(surface)!
        do {
            let canvas = CairoCanvas(cairo: cr, fontFamily: RenderOptions.defaultFont)
            if only == "timeline-draw" {
                timeline.draw(on: canvas, size: Size(width: 1200, height: 675), theme: .light)
            } else {
                bar.draw(on: canvas, size: Size(width: 1200, height: 675), theme: .light)
            }
        }
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        cairo_surface_destroy(surface)
        samples.append(cpu() - c0)
    }
    samples.sort()
    print("\(only!): CPU median \(samples[samples.count / 2] * 1000) ms")
}

