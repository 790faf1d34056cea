import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An advisory, exclusive lock on one cache entry (`flock(2)` on `runs/<key>.lock`), held while a
/// run is computed and stored, so concurrent reports on one cache compute each run once: the
/// second waits, then finds the entry stored. The kernel releases the lock when the process dies
/// (kill -9 included), so a crashed report never blocks the next one. The lock files stay (empty).
///
/// The same lock guards a report's output folder (`withFolderLock`, `<out>/.clreport-lock`): two
/// reports into one folder write one after the other, never a mix of both.
public struct RunLock {
    /// The lock file inside a locked folder.
    public static let folderLockName = ".clreport-lock"

    /// Runs `body` holding the lock of `path`; blocks while another process holds it.
    ///
    /// - Parameters:
    ///   - what: what the lock guards, for messages ("the cache entry", "the output folder").
    ///   - waiting: called once, before blocking, when another process holds the lock.
    /// - Throws: `ExperimentError` (exit 73) if the lock file cannot be created.
    public static func withLock<T>(_ path: String, what: String = "the cache entry", waiting: () -> Void = {},
                                   _ body: () throws -> T) throws -> T {
        try UserPath(path, what: "lock file").parent.makeDirectories(for: path)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            let e = errno
            throw ExperimentError("cannot lock \(what) \(path): \(AtomicFile.reason(e)). Check that the folder is writable.",
                                  exitCode: e == ENOSPC || e == EDQUOT || e == EIO ? 74 : 73)
        }
        defer { close(fd) }   // closing releases the lock
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno == EWOULDBLOCK { waiting() }
            while flock(fd, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let e = errno
                    throw ExperimentError("cannot lock \(what) \(path): \(AtomicFile.reason(e)).", exitCode: 74)
                }
            }
        }
        return try body()
    }

    /// Runs `body` holding the lock of `folder` (created if missing); another process writing into
    /// the same folder waits (after `waiting`).
    public static func withFolderLock<T>(_ folder: String, what: String, waiting: () -> Void = {}, _ body: () throws -> T) throws -> T {
        let dir = try UserPath(folder, what: what)
        try dir.makeDirectories()
        return try withLock(dir.appending(folderLockName).path, what: "the \(what)", waiting: waiting, body)
    }
}
