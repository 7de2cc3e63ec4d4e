import Testing
import TallyCore

/// Expects `text` to read as exactly this estimate: the reading check the estimate-text
/// suites share (world phrasing, Ukrainian, review19).
func reads(_ text: String, _ low: Int64, _ best: Int64, _ high: Int64?, approximate: Bool = false,
           convention: NumberConvention = .unspecified, measure: String? = nil,
           sourceLocation: SourceLocation = #_sourceLocation) {
    do {
        let e = try EstimateParser.parse(text, convention: convention, measure: measure)
        #expect(e == Estimate(unchecked: low, best: best, high: high, approximate: approximate), "\(text)",
                sourceLocation: sourceLocation)
    } catch {
        Issue.record("\(text) was refused: \(error)", sourceLocation: sourceLocation)
    }
}

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

/// Expects each of `texts` refused under `idps` and under `refugees` with a reason
/// containing `fragment`, and, when `displaced` is given, read under `displaced` as that
/// figure exactly: the check of the rule that a text saying the people are on both sides
/// of a border (or in more than one country) counts neither kind alone (dest16-21).
func refusedUnderIdpsAndRefugees(_ texts: [String], containing fragment: String, displaced: Int64? = nil,
                                 sourceLocation: SourceLocation = #_sourceLocation) {
    for text in texts {
        refuses(text, containing: fragment, measure: "idps", sourceLocation: sourceLocation)
        refuses(text, containing: fragment, measure: "refugees", sourceLocation: sourceLocation)
        if let d = displaced { reads(text, d, d, d, measure: "displaced", sourceLocation: sourceLocation) }
    }
}
