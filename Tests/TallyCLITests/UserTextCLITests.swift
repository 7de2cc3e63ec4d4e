import Foundation
import Testing
import TallyTestSupport

/// Review15 #11: a title ending in U+202E reversed what followed it. The words a user
/// gives a chart (`--title`, `--subtitle`, `--note`, `--alt`, `--annotate`) may hold no
/// bidi embedding, override or isolate (exit 64, naming the option and the character),
/// as a spec's texts may not; the marks U+200E and U+200F stay allowed.
@Suite struct UserTextCLITests {
    @Test func reorderingCharactersInChartWordsAreRefused() throws {
        let d = tempDir()
        try Data("id,date_start,country,measure,best\n1,2023-01-02,Syria,killed,5\n".utf8).write(to: URL(fileURLWithPath: d + "/a.csv"))
        let base = ["chart", "bar", d + "/a.csv", "--measure", "killed", "-o", d + "/c.svg"]
        for (option, value) in [("--title", "Killed \u{202E}"), ("--subtitle", "a\u{2067}b"), ("--note", "\u{202A}n"),
                                ("--alt", "alt \u{2069}"), ("--annotate", "Syria=raid\u{202D}")] {
            let r = try tally(base + [option, value])
            #expect(r.status == 64, "\(option): \(r.stderr)")
            #expect(r.stderr.contains(option + " contains a bidirectional formatting character (U+"), "\(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: d + "/c.svg"))
        }
        let ok = try tally(base + ["--title", "قتلى \u{200F}2023\u{200E}"])
        #expect(ok.status == 0, "\(ok.stderr)")
    }
}
