import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file or folder path as the user gave it (`--out`, `--cache`, `--logs`, an output file),
/// normalised by plain string operations: empty and `.` components and a trailing `/` are dropped,
/// `..` is kept (the file system resolves it, through symbolic links, as the shell would).
///
/// Every folder the program creates goes through `makeDirectories`, which creates each prefix in
/// turn. Nothing here calls Foundation's `deletingLastPathComponent`, which traps on some
/// relative paths (`--out O`, `--out x/y/z`: SIGILL before any message).
public struct UserPath: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The normalised path: relative stays relative, absolute stays absolute.
    public let path: String

    /// - Throws: `ExperimentError` (exit 64) for an empty path or one with a NUL byte; `what`
    ///   names the option in the message ("output folder").
    public init(_ text: String, what: String = "path") throws {
        guard !text.isEmpty else {
            throw ExperimentError("the \(what) is an empty path; give a folder name, e.g. output/report", exitCode: 64)
        }
        guard !text.utf8.contains(0) else {
            throw ExperimentError("the \(what) \(text.debugDescription) contains a NUL byte", exitCode: 64)
        }
        path = Self.normalise(text)
    }

    /// `text` normalised; never fails (empty text is ".").
    public static func normalise(_ text: String) -> String {
        let absolute = text.hasPrefix("/")
        let parts = text.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    public var description: String { path }

    /// The components after normalisation ("/" is not one).
    public var components: [String] { path.split(separator: "/").map(String.init) }

    /// The folder that holds this path: "a/b" → "a", "a" → ".", "/a" → "/", "/" → "/".
    public var parent: UserPath {
        guard let slash = path.lastIndex(of: "/") else { return UserPath(normalised: ".") }
        if slash == path.startIndex { return UserPath(normalised: "/") }
        return UserPath(normalised: String(path[..<slash]))
    }

    /// The last component ("/" for the root).
    public var lastComponent: String { components.last ?? path }

    public func appending(_ component: String) -> UserPath {
        UserPath(normalised: Self.normalise(path + "/" + component))
    }

    /// Every prefix of the path, shortest first: "x/y/z" → x, x/y, x/y/z; "/a/b" → /a, /a/b.
    public var prefixes: [String] {
        let parts = components
        let lead = path.hasPrefix("/") ? "/" : ""
        return parts.indices.map { lead + parts[...$0].joined(separator: "/") }
    }

    private init(normalised: String) { path = normalised }

    /// `mkdir -p`: creates each missing prefix in turn. Errors name the prefix that failed and,
    /// when given, the file that needed the folder: exit 73 (a file in the way, permission,
    /// read-only), 74 (the disk is full, an I/O error).
    public func makeDirectories(for file: String? = nil) throws {
        if Self.isDirectory(path) == true { return }
        for prefix in prefixes {
            switch Self.isDirectory(prefix) {
            case true?: continue
            case false?:
                throw ExperimentError((file.map { "cannot write \($0): " } ?? "") + "\(prefix) exists and is not a folder. Choose another location or remove that file.", exitCode: 73)
            case nil:
                if mkdir(prefix, 0o755) != 0 {
                    let e = errno
                    if e == EEXIST, Self.isDirectory(prefix) == true { continue }
                    throw ExperimentError("cannot create the folder \(prefix)" + (file.map { " for \($0)" } ?? "") + ": \(AtomicFile.reason(e)). \(AtomicFile.advice(e))",
                                          exitCode: e == ENOSPC || e == EDQUOT || e == EIO ? 74 : 73)
                }
            }
        }
    }

    /// true a folder, false something else, nil nothing there (or not reachable).
    public static func isDirectory(_ path: String) -> Bool? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return (st.st_mode & S_IFMT) == S_IFDIR
    }
}
