import Testing
@testable import TallyIO

/// audit9 F4, audit9b F4b: "no such measure" listed every measure of the data (50 KB),
/// then twelve of them cut to 80 bytes each (1,278 bytes), against README's 400 bytes in
/// all for a message. A list in a message holds at most twelve names and about 240 bytes.
@Suite struct MessageListTests {
    @Test func aLongListIsCutByCountAndBytes() {
        let long = (0 ..< 200).map { String(repeating: "m", count: 250) + String($0) }
        let text = MessageText.list(long)
        #expect(text.utf8.count < 400, "\(text.utf8.count)")
        #expect(text.hasSuffix(" more (tally info lists them)"))
        #expect(text.contains(" and 19"), "\(text)")
        // Short names: twelve, the rest counted.
        let short = (0 ..< 30).map { "m\($0)" }
        #expect(MessageText.list(short) == (0 ..< 12).map { "m\($0)" }.joined(separator: ", ") + " and 18 more (tally info lists them)")
        #expect(MessageText.list(["killed", "injured"]) == "killed, injured")
        // One name longer than the bytes is still shown, cut.
        #expect(MessageText.list([String(repeating: "x", count: 1000)]).hasPrefix(String(repeating: "x", count: 10)))
    }
}
