import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An advisory, exclusive lock on one cache entry (`flock(2)` on `runs/<key>.lock`), held while a
/// run is computed and stored, so concurrent reports on one cache compute each run once: the
/// second waits, then finds the entry stored. The kernel releases the lock when the process dies
/// (kill -9 included), so a crashed report never blocks the next one. The lock files stay (empty).
public struct RunLock {
    /// Runs `body` holding the lock of `path`; blocks while another process holds it.
    ///
    /// - Throws: `ExperimentError` (exit 73) if the lock file cannot be created.
    public static func withLock<T>(_ path: String, _ body: () throws -> T) throws -> T {
        try AtomicFile.makeDirectories((path as NSString).deletingLastPathComponent, for: path)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            let e = errno
            throw ExperimentError("cannot lock the cache entry \(path): \(AtomicFile.reason(e)). Check that the cache folder is writable (--cache).",
                                  exitCode: 73)
        }
        defer { close(fd) }   // closing releases the lock
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let e = errno
                throw ExperimentError("cannot lock the cache entry \(path): \(AtomicFile.reason(e)).", exitCode: 74)
            }
        }
        return try body()
    }
}
