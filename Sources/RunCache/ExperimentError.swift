/// An I/O or cache failure; the message names the user's path, says what went wrong in plain
/// words and what to do next. `exitCode` is the sysexits code the command line exits with.
public struct ExperimentError: Error, CustomStringConvertible, Sendable {
    public let description: String
    /// sysexits: 65 bad data, 66 no input, 73 cannot create, 74 I/O error (default).
    public let exitCode: Int32

    public init(_ description: String, exitCode: Int32 = 74) {
        self.description = description
        self.exitCode = exitCode
    }
}
