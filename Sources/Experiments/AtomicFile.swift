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
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws {
        try write(data, to: url, injectedWriteError: nil)
    }

    public static func write(_ text: String, to url: URL) throws { try write(Data(text.utf8), to: url) }

    /// `injectedWriteError` makes the data write fail with that errno (tests of the cleanup path).
    static func write(_ data: Data, to url: URL, injectedWriteError: Int32?) throws {
        let path = url.path
        let dir = url.deletingLastPathComponent().path
        try makeDirectories(dir, for: path)
        let tmp = (dir as NSString).appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp")
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
    public static func probeFolder(_ dir: String, what: String) throws {
        try makeDirectories(dir, for: nil)
        let probe = (dir as NSString).appendingPathComponent(".clreport-probe-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        let fd = Glibc.open(probe, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            let e = errno
            throw ExperimentError("cannot write to the \(what) \(dir): \(reason(e)). \(advice(e))", exitCode: e == ENOSPC || e == EDQUOT || e == EIO ? 74 : 73)
        }
        close(fd)
        unlink(probe)
    }

    /// `mkdir -p dir`, with errors naming `dir` and the file that needed it (if any).
    static func makeDirectories(_ dir: String, for path: String?) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw ExperimentError((path.map { "cannot write \($0): " } ?? "") + "\(dir) exists and is not a folder. Choose another location or remove that file.", exitCode: 73)
            }
            return
        }
        let parent = (dir as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != dir { try makeDirectories(parent, for: path) }
        if mkdir(dir, 0o755) != 0, errno != EEXIST {
            let e = errno
            throw ExperimentError("cannot create the folder \(dir)" + (path.map { " for \($0)" } ?? "") + ": \(reason(e)). \(advice(e))", exitCode: 73)
        }
    }

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
