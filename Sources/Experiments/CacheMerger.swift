import Foundation

/// Merges result-cache folders (e.g. node-local caches of a cluster job) into one:
///
/// - an entry missing from the destination is copied (atomically, under the same key);
/// - the same key with the same bytes is a no-op; with bytes that differ only in the recorded compute
///   time (`seconds`) it is the same result and also a no-op;
/// - the same key with a different result is a conflict: reported, the destination left alone;
/// - an unreadable source entry (I/O error, not JSON, key ≠ file name) is reported and skipped;
/// - identity pointers (`index/`) are copied when the destination has none.
public struct CacheMerger {
    public struct Summary: Equatable, Sendable {
        public var copied = 0
        public var identical = 0
        /// Same result, different recorded compute time.
        public var sameResult = 0
        /// Destination entry was unreadable and replaced by a valid source entry.
        public var repaired = 0
        public var conflicts: [String] = []
        public var unreadable: [String] = []
        public init() {}
    }

    public let destination: URL

    public init(into directory: String) {
        destination = URL(fileURLWithPath: directory, isDirectory: true)
    }

    /// Merges `source` into the destination; throws only when the destination cannot be written.
    public func merge(_ source: String, into summary: inout Summary) throws {
        let src = URL(fileURLWithPath: source, isDirectory: true)
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: src.path, isDirectory: &isDir), isDir.boolValue else {
            summary.unreadable.append("\(source): not a cache folder")
            return
        }
        let runs = src.appendingPathComponent("runs")
        let names = ((try? fm.contentsOfDirectory(atPath: runs.path)) ?? []).filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
        for name in names {
            let path = runs.appendingPathComponent(name)
            let key = String(name.dropLast(5))
            guard let data = try? Data(contentsOf: path), let fields = Self.fields(data), fields["key"] as? String == key else {
                summary.unreadable.append("\(path.path): unreadable or not a cache entry for key \(key); skipped")
                continue
            }
            let target = destination.appendingPathComponent("runs/\(name)")
            if let existing = try? Data(contentsOf: target) {
                if existing == data { summary.identical += 1; continue }
                guard let old = Self.fields(existing), old["key"] as? String == key else {
                    try AtomicFile.write(data, to: target)
                    summary.repaired += 1
                    continue
                }
                if Self.withoutTiming(old) == Self.withoutTiming(fields) { summary.sameResult += 1; continue }
                summary.conflicts.append("\(path.path): key \(key) has a different result in \(target.path); left alone")
                continue
            }
            try AtomicFile.write(data, to: target)
            summary.copied += 1
        }
        let index = src.appendingPathComponent("index")
        for name in ((try? fm.contentsOfDirectory(atPath: index.path)) ?? []).sorted() where name.hasSuffix(".key") {
            let target = destination.appendingPathComponent("index/\(name)")
            guard !fm.fileExists(atPath: target.path), let data = try? Data(contentsOf: index.appendingPathComponent(name)) else { continue }
            try AtomicFile.write(data, to: target)
        }
    }

    static func fields(_ data: Data) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    /// The entry without its recorded compute time, as canonical bytes.
    static func withoutTiming(_ fields: [String: Any]) -> Data? {
        var f = fields
        f["seconds"] = nil
        return try? JSONSerialization.data(withJSONObject: f, options: [.sortedKeys])
    }
}
