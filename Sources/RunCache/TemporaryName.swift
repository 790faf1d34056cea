import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The name of an `AtomicFile` temporary file: `.clreport-tmp.<pid>.<host>.<uuid>.<name>.tmp`
/// (`host`: 8 hex digits of the host name's hash), so that a leftover of a killed write can be
/// told from the user's files and from the temporary file of a write still in progress.
/// Older versions named them `.<name>.<pid>.<UUID>.tmp`; those are recognised too.
public enum TemporaryName {
    public static let prefix = ".clreport-tmp."
    /// A temporary file of another host is a leftover once it is this old (seconds): a write
    /// takes well under a second, and another host's process ids cannot be checked.
    static let foreignAge: TimeInterval = 3600

    static let host: String = {
        var buffer = [CChar](repeating: 0, count: 256)
        let name = gethostname(&buffer, buffer.count) == 0 ? String(cString: buffer) : "unknown"
        return String(StableHash.hex(name).prefix(8))
    }()

    /// A fresh temporary name for a write of `name` (also for the scratch files of
    /// `clreport figure --format pdf|png`, so a killed conversion leaves a recognisable leftover).
    public static func make(for name: String) -> String {
        "\(prefix)\(getpid()).\(host).\(UUID().uuidString).\(name).tmp"
    }

    /// The writer of a temporary file: process id and host (nil host: the older format, this host).
    struct Writer: Equatable { var pid: Int32; var host: String? }

    /// The writer of `name` when it is a temporary file of either format, else nil.
    static func writer(_ name: String) -> Writer? {
        if name.hasPrefix(prefix) {
            let fields = name.dropFirst(prefix.count).split(separator: ".", maxSplits: 3, omittingEmptySubsequences: false)
            guard fields.count == 4, name.hasSuffix(".tmp"), let pid = Int32(fields[0]), pid > 0,
                  fields[1].count == 8, UUID(uuidString: String(fields[2])) != nil else { return nil }
            return Writer(pid: pid, host: String(fields[1]))
        }
        // Older format: ".<name>.<pid>.<UUID>.tmp".
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        let fields = name.dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard fields.count >= 4, let uuid = fields.last, UUID(uuidString: String(uuid)) != nil,
              let pid = Int32(fields[fields.count - 2]), pid > 0 else { return nil }
        return Writer(pid: pid, host: nil)
    }

    public static func matches(_ name: String) -> Bool { writer(name) != nil }

    /// Whether `name` in `dir` is a temporary file whose write can no longer finish.
    static func isAbandoned(_ name: String, in dir: String) -> Bool {
        guard let w = writer(name) else { return false }
        if w.host == nil || w.host == host {
            if w.pid == getpid() { return false }
            return kill(w.pid, 0) != 0 && errno == ESRCH
        }
        var st = stat()
        guard stat(UserPath.normalise(dir + "/" + name), &st) == 0 else { return false }
        return Date().timeIntervalSince1970 - Double(st.st_mtim.tv_sec) > foreignAge
    }
}

/// A set of folder paths shared by every thread of the process.
final class FolderSet: @unchecked Sendable {
    private let lock = NSLock()
    private var folders = Set<String>()

    /// Inserts `folder`; true when it was not there yet.
    func insert(_ folder: String) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return folders.insert(folder).inserted
    }
}
