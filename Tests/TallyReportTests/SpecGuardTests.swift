import Foundation
import Testing
import TallyIO
import TallyTestSupport
@testable import TallyReport

/// Issue 9 item 11: a 439-byte spec whose keys were built from nested aliases took 9 s
/// (ten times longer per 50 bytes more). Such specs are refused, before YAML is
/// composed, in milliseconds.
@Suite struct SpecGuardTests {
    /// Nested aliases, `levels` deep and `width` wide, used as keys (the issue's form),
    /// as values, in flow style and as merge keys.
    static func laughs(levels: Int, width: Int = 9, style: Int) -> String {
        var lines = ["title: x", "a0: &a0 [lol, lol]"]
        for l in 1..<levels {
            let refs = Array(repeating: "*a\(l - 1)", count: width).joined(separator: ", ")
            switch style {
            case 0: lines.append("a\(l): &a\(l) {? [\(refs)] : x}")
            case 1: lines.append("a\(l): &a\(l) [\(refs)]")
            case 2: lines.append("? &a\(l) [\(refs)]\n: v\(l)")
            default: lines.append("a\(l): &a\(l)\n  <<: *a\(l - 1)\n  k\(l): [\(refs)]")
            }
        }
        lines.append("datasets:\n  - path: x.csv\n    source: s\n    licence: l\nsections:\n  - type: summary")
        return lines.joined(separator: "\n") + "\n"
    }

    func refusal(_ text: String) -> TallyError? {
        do {
            _ = try SpecParser.parse(text, file: "spec.yml")
            return nil
        } catch {
            return error
        }
    }

    /// Expanding 12 levels would take hours: the time limit only tells a hang from a loaded
    /// machine (how fast a spec is refused is measured as a whole process in
    /// bench/hostile/render_and_specs.py).
    @Test(.timeLimit(.minutes(1)), arguments: 0..<4)
    func nestedAliasesAreRefusedAtOnce(style: Int) {
        let text = Self.laughs(levels: 12, style: style)
        let error = refusal(text)
        #expect(error?.exitCode == 64)
        #expect(error?.message.contains("anchor") == true)
        #expect(error?.message.hasPrefix("spec.yml:2:") == true, "\(String(describing: error))")
    }

    /// The issue's shape: mapping keys that are aliases of ever larger mappings.
    @Test func aliasKeysAreRefused() {
        let text = """
        a: &a {x: 1, y: 1}
        b: &b {*a : 1, ? *a : 2}
        title: t
        """
        #expect(refusal(text)?.message.contains("spec.yml:1: YAML anchor '&a'") == true)
        #expect(refusal("title: t\nx: *undefined\n")?.message.contains("alias '*undefined'") == true)
        #expect(refusal("title: t\n- [a, *b]\n")?.message.contains("alias '*b'") == true)
        #expect(refusal("title: t\nk: {? *a : 1}\n")?.message.contains("alias '*a'") == true)
        #expect(refusal("title: t\nk: [? &a x : 1]\n")?.message.contains("anchor '&a'") == true)
        #expect(refusal("title: !!str &a t\n")?.message.contains("anchor") == true)
        #expect(refusal("--- &doc\ntitle: t\n")?.message.contains("anchor") == true)
        #expect(refusal("sections:\n  - type: notes\n    text: |\n      fine *here*\n    title: *t\n")?.message
            .contains("spec.yml:5:") == true)
        #expect(refusal("title: \"multi\n  line\" \ns: *a\n")?.message.contains("spec.yml:3:") == true)
        #expect(refusal("title: one\n  two\nnext: *x\n")?.message.contains("spec.yml:3:") == true)
    }

    @Test func deepAndLargeSpecsAreRefused() {
        let flow = "title: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
        #expect(refusal(flow)?.message.contains("nests more than 64 levels") == true)
        var block = ""
        for d in 0..<100 { block += String(repeating: " ", count: d) + "k\(d):\n" }
        #expect(refusal(block)?.message.contains("nests more than 64 levels") == true)
        let dashes = "title: t\nx:\n" + String(repeating: "- ", count: 1000) + "a\n"
        #expect(refusal(dashes)?.message.contains("nests") == true)
        let big = "title: t\n" + String(repeating: "# padding\n", count: 120_000)
        #expect(refusal(big)?.message.contains("at most 1048576 bytes") == true)
    }

    /// The guard never refuses what a spec legitimately says with & or *.
    @Test(arguments: [
        "title: Fish & Chips\n",
        "title: Killed *and* wounded\n",
        "title: \"*quoted*\"\n",
        "title: '&quoted'\n",
        "title: it's *fine*\n",
        "title: one\n  *two* continues the title\n",
        "title: a # comment *b\n",
        "subtitle: x\ntitle: >\n  *folded*\n  &text\n\n  *more*\n",
        "sections:\n  - type: notes\n    text: |\n      *emphasis* and\n      - * a list\n\n      &amp\n    title: t\n",
        "sections:\n  - |\n    *a*\n  - x\n",
        "filter: {countries: [Iraq, Syria], actors: ['*x', \"&y\"]}\n",
        "url: http://x.org/a#b*c\n",
        "title: 'it''s & *'\n",
        "title: \"a \\\" *b\"\n",
        "title: a&b\n",
        "title: 5 * 3\n",
    ])
    func legitimateTextIsAccepted(text: String) throws {
        try SpecGuard.check(text.utf8)
    }

    @Test func bundledSpecsPassTheGuard() throws {
        for name in ["monthly.yml", "syria-ucdp.yml"] {
            let text = try String(contentsOfFile: packageRoot + "/Reports/" + name, encoding: .utf8)
            try SpecGuard.check(text.utf8)
        }
    }

    /// A spec file that never ends (/dev/zero) or is huge is refused after 1 MiB read.
    @Test func hugeSpecFileIsRefusedWithoutReadingItAll() {
        do {
            _ = try Report.loadSpec("/dev/zero")
            Issue.record("expected a refusal")
        } catch {
            #expect(error.exitCode == 64)
            #expect(error.message.contains("larger than 1048576 bytes"))
        }
    }
}
