import Foundation
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// A scratch folder per test.
func scratchDirectory() -> String { scratchFolder("io-tests") }

func writeFile(_ text: String, name: String = "events.csv", in dir: String? = nil) -> String {
    let d = dir ?? scratchDirectory()
    let path = d + "/" + name
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    return path
}

func writeBytes(_ bytes: [UInt8], name: String = "events.csv") -> String {
    let path = scratchDirectory() + "/" + name
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
    return path
}

let nativeHeader = "id,date_start,date_end,country,adm_1,adm_2,actor,measure,low,best,high,source\n"

func aggregate(_ files: [String], by keys: [GroupKey] = [.country], period: PeriodKind = .year,
               filter: RecordFilter = RecordFilter(), stocks: [String] = [], workers: Int? = nil,
               blockSize: Int = 1 << 22, countAtStart: Bool = false) throws(TallyError) -> AggregateResult {
    try Ingest.run(IngestRequest(files: files,
                                 config: AggregationConfig(grouping: Grouping(keys), period: period,
                                                           measures: MeasureCatalog(extraStocks: stocks),
                                                           countAtStart: countAtStart),
                                 filter: filter, workers: workers, blockSize: blockSize)).result
}

func csvText(_ r: AggregateResult) -> String { String(decoding: ResultWriter.csv(r), as: UTF8.self) }

/// Random native-schema rows with names that need quoting, Arabic script, stocks,
/// empty admin units and CRLF line ends mixed in.
func randomDataset(rows: Int, seed: UInt64) -> String {
    var rng = SplitMix64(seed: seed)
    let countries = ["Syria", "Iraq", "Iraq;Syria", "Afghanistan", "Côte d'Ivoire", "Mali"]
    let adm1s = ["Balkh", "بلخ", "Aleppo Governorate", "North, \"Upper\" Region", "", "Kidal"]
    let adm2s = ["", "Nahri Shahi", "Ar Rastan district", "Line\nBreak"]
    let actors = ["Taliban", "Islamic State (Daesh)", "National Front for Liberation, SNA", "", "Civilians"]
    let measures = ["killed", "killed", "killed", "injured", "members", "fighters"]
    func quote(_ s: String) -> String {
        s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
    var out = nativeHeader
    for i in 0 ..< rows {
        let day = CalendarDay(year: 2019, month: 1, day: 1)!.adding(days: Int.random(in: 0 ..< 2000, using: &rng))
        let best = Int.random(in: 0 ... 50, using: &rng)
        let low = best - Int.random(in: 0 ... best, using: &rng)
        let high = best + Int.random(in: 0 ... 20, using: &rng)
        let fields = [String(i), day.description, day.description,
                      quote(countries.randomElement(using: &rng)!), quote(adm1s.randomElement(using: &rng)!),
                      quote(adm2s.randomElement(using: &rng)!), quote(actors.randomElement(using: &rng)!),
                      measures.randomElement(using: &rng)!, String(low), String(best), String(high), "wire"]
        out += fields.joined(separator: ",") + (Int.random(in: 0 ..< 10, using: &rng) == 0 ? "\r\n" : "\n")
    }
    return out
}
