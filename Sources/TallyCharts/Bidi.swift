/// Unicode directional isolates.
///
/// A range printed after right-to-left text (`بلخ 5,000–7,000`) is reordered by the
/// bidi algorithm into `7,000–5,000` unless each run is isolated. Every label a chart
/// draws goes through ``isolate(_:)``: first-strong isolation lets an Arabic name run
/// right-to-left while the figures next to it keep their order.
public enum Bidi {
    public static let firstStrongIsolate: Character = "\u{2068}"
    public static let popDirectionalIsolate: Character = "\u{2069}"

    public static func isolate(_ text: String) -> String {
        if text.isEmpty { return text }
        return String(firstStrongIsolate) + text + String(popDirectionalIsolate)
    }

    /// The text without isolate marks, for measuring in tests and comparing labels.
    public static func stripped(_ text: String) -> String {
        String(text.filter { $0 != firstStrongIsolate && $0 != popDirectionalIsolate })
    }

    /// Several runs joined by spaces, each isolated on its own.
    public static func join(_ runs: [String], separator: String = " ") -> String {
        runs.filter { !$0.isEmpty }.map(isolate).joined(separator: separator)
    }
}
