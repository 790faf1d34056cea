/// An I/O or format error of the dataset readers. The message names the file involved and says
/// what to do next (install a package, set a directory, re-download a file, fix a setting).
/// `exitCode` is the sysexits code of the command line: 66 (no input) for a missing file,
/// 65 (bad data) for everything else.
public struct DatasetError: Error, CustomStringConvertible, Equatable, Sendable {
    public let description: String
    public let exitCode: Int32

    public init(_ description: String, exitCode: Int32 = 65) {
        self.description = description
        self.exitCode = exitCode
    }

    /// sysexits EX_NOINPUT: a data file or directory is missing or unreadable.
    public static let noInput: Int32 = 66
}
