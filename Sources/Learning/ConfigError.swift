/// A configuration that cannot run. The message names the field, the value and what is allowed.
public struct ConfigError: Error, CustomStringConvertible, Equatable, Sendable {
    public let field: String
    public let description: String

    public init(field: String, _ description: String) {
        self.field = field
        self.description = description
    }

    /// "invalid configuration: <field> = <value> is out of range; allowed: <range>"
    public static func outOfRange(_ field: String, _ value: Any, allowed: String) -> ConfigError {
        ConfigError(field: field, "invalid configuration: \(field) = \(value) is out of range; allowed: \(allowed)")
    }
}
