import Datasets
import Foundation

/// Size and SHA-256 of one data file a run reads; part of a real-data run's cache key, so a
/// replaced or damaged file invalidates exactly the runs that read it. Only the file's name (not
/// its folder) is recorded: the same bytes elsewhere give the same key.
public struct DataFileDigest: Codable, Sendable, Equatable, Hashable {
    public var name: String
    public var size: Int
    public var sha256: String

    public init(name: String, size: Int, sha256: String) {
        self.name = name; self.size = size; self.sha256 = sha256
    }

    /// The digest of the file at `path`, computed at most once per process for a given
    /// (path, size, modification time); a file changed in place gets a new digest.
    ///
    /// - Throws: `DatasetError` (exit 66) if the file cannot be read.
    public static func of(_ path: String) throws -> DataFileDigest {
        var st = stat()
        guard stat(path, &st) == 0 else {
            throw DatasetError("cannot read \(path) to compute its digest: \(AtomicFile.reason(errno)). Check the data directory.",
                               exitCode: DatasetError.noInput)
        }
        let stamp = "\(path)|\(st.st_size)|\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)|\(st.st_ino)"
        if let hit = memo.get(stamp) { return hit }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DatasetError("cannot open \(path) to compute its digest. Check its permissions.", exitCode: DatasetError.noInput)
        }
        defer { try? handle.close() }
        var hash = SHA256(), size = 0
        while true {
            let chunk: Data
            do { chunk = try handle.read(upToCount: 1 << 20) ?? Data() } catch {
                throw DatasetError("reading \(path) failed while computing its digest: \(AtomicFile.reason(errno)). Check the disk.", exitCode: 74)
            }
            if chunk.isEmpty { break }
            size += chunk.count
            hash.update(chunk)
        }
        let digest = DataFileDigest(name: (path as NSString).lastPathComponent, size: size,
                                    sha256: hash.finalize().map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined())
        memo.put(stamp, digest)
        return digest
    }

    private static let memo = DigestMemo()
}

/// A lock-protected (path, size, mtime, inode) → digest memo.
private final class DigestMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: DataFileDigest] = [:]

    func get(_ key: String) -> DataFileDigest? {
        lock.lock(); defer { lock.unlock() }
        return entries[key]
    }

    func put(_ key: String, _ value: DataFileDigest) {
        lock.lock(); entries[key] = value; lock.unlock()
    }
}
