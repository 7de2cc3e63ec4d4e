/// A failure the user must see, with the sysexits code scripts branch on (SPEC §5).
///
/// Every error that reaches the command line is one of these: the message names the
/// file, line and column where there is one, and the exit code tells a cron job
/// whether to retry (I/O), alert (data) or fix its invocation (usage).
public struct TallyError: Error, Sendable, Equatable, CustomStringConvertible {
    public let exitCode: Int32
    public let message: String

    public init(exitCode: Int32, message: String) {
        self.exitCode = exitCode
        self.message = message
    }

    public var description: String { message }

    /// 64: the command line is wrong.
    public static func usage(_ m: String) -> TallyError { TallyError(exitCode: 64, message: m) }
    /// 65: the input data is wrong.
    public static func data(_ m: String) -> TallyError { TallyError(exitCode: 65, message: m) }
    /// 66: an input file is missing or unreadable.
    public static func noInput(_ m: String) -> TallyError { TallyError(exitCode: 66, message: m) }
    /// 73: an output file cannot be created.
    public static func cannotCreate(_ m: String) -> TallyError { TallyError(exitCode: 73, message: m) }
    /// 74: reading or writing failed part-way.
    public static func io(_ m: String) -> TallyError { TallyError(exitCode: 74, message: m) }
}
