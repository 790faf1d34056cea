/// A command-line failure: the message is printed and the process exits with `code` (64 = usage).
struct CLIError: Error, CustomStringConvertible {
    let description: String
    let code: Int32
    init(_ message: String, code: Int32 = 64) { description = message; self.code = code }
}
