import Testing
import TallyCore

/// Expects `text` to be refused with a reason containing `fragment`: the one check the
/// estimate-text suites share (world phrasing, number words, Ukrainian).
func refuses(_ text: String, containing fragment: String, convention: NumberConvention = .unspecified, measure: String? = nil,
             sourceLocation: SourceLocation = #_sourceLocation) {
    do {
        let e = try EstimateParser.parse(text, convention: convention, measure: measure)
        Issue.record("\(text) was read as \(e.low)/\(e.best)/\(String(describing: e.high))", sourceLocation: sourceLocation)
    } catch {
        #expect(error.reason.contains(fragment), "\(text): \(error.reason)", sourceLocation: sourceLocation)
    }
}
