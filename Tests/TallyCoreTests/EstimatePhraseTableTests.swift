import Foundation
import Testing
import TallyCore
import TallyTestSupport

/// The real-phrase table (issue 12): bench/estimates/phrases.tsv holds phrases from UCDP
/// headlines and non-English news, each with its source and the reading tally must give.
/// `bench/estimates/phrases.py` runs the same table through the CLI.
@Suite("EstimateParser: real phrases")
struct EstimatePhraseTableTests {
    struct Row {
        let line: Int
        let expected: String
        let locale: String
        let measure: String?
        let text: String
        let source: String
    }

    static func rows() throws -> [Row] {
        let path = packageRoot + "/bench/estimates/phrases.tsv"
        let content = try String(contentsOfFile: path, encoding: .utf8)
        var rows: [Row] = []
        for (n, line) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4 else {
                Issue.record("phrases.tsv:\(n + 1): want 4 tab-separated fields, got \(fields.count)")
                continue
            }
            // The options column: a locale ("es"), "measure=killed", or both ("es measure=killed").
            var locale = "", measure: String? = nil
            for option in fields[1].split(separator: " ").map(String.init) {
                if option.hasPrefix("measure=") { measure = String(option.dropFirst("measure=".count)) } else { locale = option }
            }
            rows.append(Row(line: n + 1, expected: fields[0], locale: locale, measure: measure, text: fields[2], source: fields[3]))
        }
        return rows
    }

    /// "12/12/inf", "40/40/40~" → the estimate; nil for a refusal.
    static func estimate(_ expected: String) -> Estimate? {
        guard !expected.hasPrefix("refuse") else { return nil }
        let approximate = expected.hasSuffix("~")
        let parts = expected.replacingOccurrences(of: "~", with: "").split(separator: "/").map(String.init)
        guard parts.count == 3, let low = Int64(parts[0]), let best = Int64(parts[1]) else { return nil }
        return Estimate(unchecked: low, best: best, high: parts[2] == "inf" ? nil : Int64(parts[2]), approximate: approximate)
    }

    @Test func everyPhraseReadsAsRecorded() throws {
        let rows = try Self.rows()
        #expect(rows.count >= 500, "the table must hold at least 500 real phrases")
        var passed = 0, failed = 0, known = 0
        for row in rows {
            #expect(!row.source.isEmpty, "phrases.tsv:\(row.line) has no source")
            let xfail = row.expected.hasPrefix("xfail ")
            let expected = xfail ? String(row.expected.dropFirst("xfail ".count)) : row.expected
            let convention: NumberConvention
            if row.locale.isEmpty {
                convention = .unspecified
            } else {
                convention = try #require(NumberConvention(locale: row.locale), "phrases.tsv:\(row.line): locale \(row.locale)")
            }
            let result: Result<Estimate, EstimateParseError>
            do throws(EstimateParseError) {
                result = .success(try EstimateParser.parse(row.text, convention: convention, measure: row.measure))
            } catch {
                result = .failure(error)
            }
            let ok: Bool
            switch (Self.estimate(expected), result) {
            case let (want?, .success(got)): ok = want == got
            case (nil, .failure(let error)):
                let fragment = expected.dropFirst("refuse".count).drop { $0 == ":" || $0 == " " }
                ok = fragment.isEmpty || error.reason.contains(fragment)
            default: ok = false
            }
            if xfail {
                known += 1
                continue
            }
            if ok {
                passed += 1
            } else {
                failed += 1
                Issue.record("phrases.tsv:\(row.line): \(row.text) → expected \(expected), got \(result)")
            }
        }
        print("estimate phrase table (\(rows.count) phrases, \(known) known gaps): \(passed) passed, \(failed) failed")
    }
}
