/// An error from the reporting layer (templates, splicing, embedding).
///
/// The message is meant for the person running `clreport`: it says what went wrong,
/// where (file:line:column when there is one), and what to do next.
public struct ReportingError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The complete, user-facing message.
    public let description: String

    /// Creates an error with a complete, user-facing message.
    public init(_ description: String) {
        self.description = description
    }
}
