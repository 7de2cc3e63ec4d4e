import ArgumentParser
import TallyCore
import TallyIO

/// Options every data-reading command shares: which files, which rows.
struct DataOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("CSV files in the native schema (SPEC §2); several files form one dataset, - reads standard input.", valueName: "file"))
    var files: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Keep only these measures (comma-separated, e.g. killed,injured).", valueName: "measure[,measure]"))
    var measure: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Keep only this country (exact match; repeat for several). 'Syria' does not select the joint region 'Iraq;Syria'.", valueName: "name"))
    var country: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Keep only this actor (exact match; repeat for several).", valueName: "name"))
    var actor: [String] = []

    @Option(name: .long, help: ArgumentHelp("Keep events starting on or after this day.", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Keep events starting on or before this day.", valueName: "YYYY-MM-DD"))
    var to: String?

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Treat this measure as a stock (a standing size, like members) besides the built-in members, fighters, supporters, strength.", valueName: "name"))
    var stock: [String] = []

    var measures: [String] { measure.flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters() } }.filter { !$0.isEmpty } }
    var stocks: [String] { stock.flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters() } }.filter { !$0.isEmpty } }

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one CSV file (or - for standard input)") }
        _ = try day(from, "--from")
        _ = try day(to, "--to")
        if let f = try day(from, "--from"), let t = try day(to, "--to"), t < f {
            throw ValidationError("--to \(t) is before --from \(f)")
        }
    }

    private func day(_ text: String?, _ flag: String) throws -> CalendarDay? {
        guard let text else { return nil }
        guard let d = CalendarDay(text) else { throw ValidationError("\(flag): \"\(text)\" is not a valid date (YYYY-MM-DD)") }
        return d
    }

    var filter: RecordFilter {
        RecordFilter(measures: measures, countries: country, actors: actor,
                     from: from.flatMap(CalendarDay.init), to: to.flatMap(CalendarDay.init))
    }

    func request(grouping: Grouping, period: PeriodKind, collectSources: Bool = false) -> IngestRequest {
        IngestRequest(files: files,
                      config: AggregationConfig(grouping: grouping, period: period,
                                                measures: MeasureCatalog(extraStocks: stocks)),
                      filter: filter, collectSources: collectSources)
    }
}

extension String {
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}

extension PeriodKind: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

/// Parses `--by country,adm1`: canonical keys (adm1 implies country) in any order.
func parseGrouping(_ values: [String]) throws -> Grouping {
    var keys: [GroupKey] = []
    for part in values.flatMap({ $0.split(separator: ",") }).map({ String($0).trimmingCharacters() }) where !part.isEmpty {
        guard let k = GroupKey(name: part) else {
            throw ValidationError("--by: unknown key '\(part)' (use country, adm1, adm2, actor)")
        }
        keys.append(k)
    }
    return Grouping(keys)
}
