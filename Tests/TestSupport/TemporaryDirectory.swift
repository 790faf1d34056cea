import Foundation
import Testing

/// A fresh folder in the system's temporary directory (`$TMPDIR`, else `/tmp`) that a test owns
/// and removes when it is done: the one scratch-folder helper of every test target.
///
/// Three ways to hold one, each removing what it made:
/// - `try withTemporaryDirectory { dir in … }` — a folder for one closure (sync or async);
/// - `@Suite(.temporaryDirectory)` — one folder for a whole suite, shared by its tests (e.g. a
///   result cache that later tests reuse), reached as `TemporaryDirectory.current`, removed after
///   the suite's last test;
/// - `TemporaryDirectory(label:)` and `remove()` by hand, where neither fits.
///
/// `make test` runs the tests with `TMPDIR` set to an empty folder and fails if anything is left in it.
public struct TemporaryDirectory: Sendable {
    /// The folder (it exists until `remove()`).
    public let url: URL

    /// The folder's path.
    public var path: String { url.path }

    /// Creates `<temporary directory>/clreport-<label>-<UUID>`.
    public init(label: String = "test") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("clreport-\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of `name` (a relative path) in the folder; nothing is created.
    public func file(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Creates the subfolder `name` (a fresh uniquely named one when nil) and returns its path.
    @discardableResult
    public func folder(_ name: String? = nil) throws -> String {
        let sub = url.appendingPathComponent(name ?? UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        return sub.path
    }

    /// Removes the folder and everything in it.
    public func remove() { try? FileManager.default.removeItem(at: url) }

    /// The folder of the enclosing `@Suite(.temporaryDirectory)`; nil outside one.
    @TaskLocal public static var suiteDirectory: TemporaryDirectory?

    /// The folder of the enclosing `@Suite(.temporaryDirectory)`; stops the test run with a clear
    /// message when the suite does not have the trait.
    public static var current: TemporaryDirectory {
        guard let dir = suiteDirectory else {
            preconditionFailure("TemporaryDirectory.current is only set inside a @Suite(.temporaryDirectory)")
        }
        return dir
    }
}

/// Runs `body` with a fresh temporary folder and removes the folder afterwards (also when `body` throws).
public func withTemporaryDirectory<R>(label: String = "test", _ body: (TemporaryDirectory) throws -> R) throws -> R {
    let dir = try TemporaryDirectory(label: label)
    defer { dir.remove() }
    return try body(dir)
}

/// Runs `body` with a fresh temporary folder and removes the folder afterwards (also when `body` throws).
public func withTemporaryDirectory<R>(label: String = "test", _ body: (TemporaryDirectory) async throws -> R) async throws -> R {
    let dir = try TemporaryDirectory(label: label)
    defer { dir.remove() }
    return try await body(dir)
}

/// The suite trait behind `@Suite(.temporaryDirectory)`: one folder for the whole suite, created
/// before its first test and removed after its last.
public struct TemporaryDirectoryTrait: SuiteTrait, TestScoping {
    let label: String

    public func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        let dir = try TemporaryDirectory(label: label)
        defer { dir.remove() }
        try await TemporaryDirectory.$suiteDirectory.withValue(dir) { try await function() }
    }
}

extension Trait where Self == TemporaryDirectoryTrait {
    /// One temporary folder for the suite, `TemporaryDirectory.current` in its tests, removed after the suite.
    public static var temporaryDirectory: Self { TemporaryDirectoryTrait(label: "suite") }

    /// As `temporaryDirectory`, with `label` in the folder's name.
    public static func temporaryDirectory(label: String) -> Self { TemporaryDirectoryTrait(label: label) }
}
