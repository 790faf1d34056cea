/// An I/O or format error of the dataset readers. The message names the file involved and says
/// what to do next (install a package, set a directory, re-download a file, fix a setting).
public struct DatasetError: Error, CustomStringConvertible, Equatable, Sendable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
