import Testing
@testable import TallyReport

@Suite struct SpecParserSmokeTests {
    @Test func minimalSpecParses() throws {
        let spec = try SpecParser.parse("""
        title: T
        datasets:
          - path: a.csv
            source: S
            licence: L
        sections:
          - type: summary
        """, file: "r/x.yml")
        #expect(spec.name == "x")
        #expect(spec.datasets[0].resolvedPath == "r/a.csv")
    }
}
