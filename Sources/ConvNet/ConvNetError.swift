/// A bad conv-encoder setting, with a message naming the field and what is allowed.
public struct ConvNetError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
