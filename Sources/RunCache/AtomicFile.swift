import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file atomically and durably: a temporary file in the same folder is written in full,
/// fsync'ed, then renamed over the target, and the folder is fsync'ed so the rename survives a
/// crash. An interrupted write never leaves a half-written target, and a failed write never
/// leaves its temporary file behind (it is removed on every failure path).
///
/// Errors are `ExperimentError`s naming the user's path and the reason in plain words (never the
/// temporary file's name): exit code 73 when the folder cannot be created, 74 for a failed write.
///
/// Temporary files are named `.clreport-tmp.<pid>.<host>.<uuid>.<name>.tmp` (`TemporaryName`), so
/// the temporary file of a write killed with -9 is recognisable: the first write (or preflight
/// probe) of any command into a folder removes the leftovers of dead processes there, and
/// `clreport verify` reports any in a report folder.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws {
        try write(data, to: url, injectedWriteError: nil)
    }

    public static func write(_ text: String, to url: URL) throws { try write(Data(text.utf8), to: url) }

    /// `injectedWriteError` makes the data write fail with that errno (tests of the cleanup path).
    static func write(_ data: Data, to url: URL, injectedWriteError: Int32?) throws {
        let target = try UserPath(url.path, what: "file path")
        let path = target.path
        let dir = target.parent.path
        try target.parent.makeDirectories(for: path)
        removeLeftoversOnce(in: dir)
        let tmp = target.parent.appending(TemporaryName.make(for: target.lastComponent)).path
        let fd = Glibc.open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(path, errno) }
        var isOpen = true
        func fail(_ code: Int32) -> ExperimentError {
            if isOpen { close(fd); isOpen = false }
            unlink(tmp)
            return failure(path, code)
        }
        if let injectedWriteError { throw fail(injectedWriteError) }
        let writeError: Int32? = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }
        if let writeError { throw fail(writeError) }
        if fsync(fd) != 0 { throw fail(errno) }
        isOpen = false
        if close(fd) != 0 { let e = errno; unlink(tmp); throw failure(path, e) }
        if rename(tmp, path) != 0 { let e = errno; unlink(tmp); throw failure(path, e) }
        syncDirectory(dir)
    }

    /// fsync of a folder, so a rename in it is durable; best effort (some file systems refuse it).
    static func syncDirectory(_ dir: String) {
        let fd = Glibc.open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    /// Checks, before any work, that files can be created in `dir` (created if missing): a probe
    /// file is created and removed. Errors name `dir` as the user's `what` ("output folder").
    /// Leftover temporary files of dead processes in `dir` are removed first (`removeLeftovers`).
    public static func probeFolder(_ dir: String, what: String) throws {
        let folder = try UserPath(dir, what: what)
        try folder.makeDirectories(for: nil)
        removeLeftoversOnce(in: folder.path)
        let probe = folder.appending(TemporaryName.make(for: "probe")).path
        let fd = Glibc.open(probe, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            let e = errno
            throw ExperimentError("cannot write to the \(what) \(dir): \(reason(e)). \(advice(e))", exitCode: e == ENOSPC || e == EDQUOT || e == EIO ? 74 : 73)
        }
        close(fd)
        unlink(probe)
    }

    /// `mkdir -p dir`, with errors naming `dir` and the file that needed it (if any).
    /// (`UserPath.makeDirectories`: each prefix in turn, no Foundation path arithmetic.)
    static func makeDirectories(_ dir: String, for path: String?) throws {
        try UserPath(dir, what: "folder").makeDirectories(for: path)
    }

    /// Removes, in `dir`, the temporary files (`TemporaryName`) that a killed write left: those of
    /// processes of this host that no longer run, and those of other hosts (a shared file system)
    /// older than `TemporaryName.foreignAge`. Best effort; returns the names removed.
    @discardableResult
    public static func removeLeftovers(in dir: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        var removed: [String] = []
        for name in names.sorted() where TemporaryName.isAbandoned(name, in: dir) {
            if unlink(UserPath.normalise(dir + "/" + name)) == 0 { removed.append(name) }
        }
        return removed
    }

    /// Every temporary file (`TemporaryName`, live or not) in `dir`, sorted: `verify` reports them.
    public static func temporaryFiles(in dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter(TemporaryName.matches).sorted()
    }

    /// `removeLeftovers` once per folder and process (a cache folder gets thousands of writes).
    static func removeLeftoversOnce(in dir: String) {
        if cleanedFolders.insert(dir) { removeLeftovers(in: dir) }
    }

    private static let cleanedFolders = FolderSet()

    static func failure(_ path: String, _ code: Int32) -> ExperimentError {
        ExperimentError("cannot write \(path): \(reason(code)). \(advice(code))",
                        exitCode: code == EACCES || code == EPERM || code == EROFS || code == ENOENT || code == ENOTDIR ? 73 : 74)
    }

    /// The reason of an errno in plain words.
    public static func reason(_ code: Int32) -> String {
        switch code {
        case ENOSPC: return "the disk is full"
        case EDQUOT: return "the disk quota is exhausted"
        case EACCES, EPERM: return "permission denied"
        case EROFS: return "the file system is read-only"
        case ENOENT: return "the folder does not exist or cannot hold files"
        case ENOTDIR: return "a part of the path is not a folder"
        case EISDIR: return "it is a folder"
        case EIO: return "an input/output error of the device"
        default: return String(cString: strerror(code)).lowercased()
        }
    }

    /// What to do next after an errno.
    static func advice(_ code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: return "Free some space (or choose a folder on another disk) and run again; finished runs are kept in the cache."
        case EACCES, EPERM, EROFS: return "Choose a folder you can write to."
        default: return "Check the path and run again."
        }
    }
}
