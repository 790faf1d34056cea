import Foundation

/// Merges result-cache folders (e.g. node-local caches of a cluster job) into one:
///
/// - an entry missing from the destination is copied (atomically, under the same key);
/// - the same key with the same bytes is a no-op; with bytes that differ only in the recorded compute
///   time (`seconds`) it is the same result and also a no-op;
/// - the same key with a different result is a conflict: reported, the destination left alone;
/// - a source entry the cache reader would not use is reported and skipped: an I/O error, not
///   JSON, key ≠ file name, another schema, or a result that does not decode as any of
///   `resultTypes` (the report's: `RunResult`, `LongTailResult`, a baseline's `Double`). A
///   destination entry the reader would not use is replaced by a valid source entry ("repaired");
/// - identity pointers (`index/`) are copied when the destination has none.
///
/// A source that is not a cache folder (missing, a plain file, no `runs/`, `runs/` unreadable)
/// is an error (`checkSource`, exit 66), never "0 copied".
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
    /// The result types an entry may hold; an entry whose result decodes as none is not copied.
    public let resultTypes: [any Codable.Type]

    /// - Parameter resultTypes: the report's are `CacheMerger.reportResultTypes` (in `Experiments`, which
    ///   also gives `init(into:)` with them).
    public init(into directory: String, resultTypes: [any Codable.Type]) {
        destination = URL(fileURLWithPath: directory, isDirectory: true)
        self.resultTypes = resultTypes
    }

    /// Checks that `source` is a cache folder whose `runs/` can be listed.
    ///
    /// - Throws: `ExperimentError` (exit 66) naming the source and what is wrong with it.
    public func checkSource(_ source: String) throws {
        _ = try entryNames(source)
    }

    func entryNames(_ source: String) throws -> [String] {
        switch UserPath.isDirectory(source) {
        case nil: throw ExperimentError("\(source) does not exist; give result-cache folders (each with a runs/ folder)", exitCode: 66)
        case false?: throw ExperimentError("\(source) is not a folder; give result-cache folders (each with a runs/ folder)", exitCode: 66)
        case true?: break
        }
        let runs = source + "/runs"
        guard UserPath.isDirectory(runs) == true else {
            throw ExperimentError("\(source) is not a result cache: it has no runs/ folder", exitCode: 66)
        }
        do {
            return try FileManager.default.contentsOfDirectory(atPath: runs)
                .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
        } catch {
            throw ExperimentError("cannot list \(runs): \(AtomicFile.reason(Self.errno(of: error) ?? EACCES)); check its permissions", exitCode: 66)
        }
    }

    /// Merges `source` into the destination.
    ///
    /// - Throws: `ExperimentError`: 66 when `source` is not a usable cache folder (`checkSource`),
    ///   73/74 when the destination cannot be written (a full disk is 74).
    public func merge(_ source: String, into summary: inout Summary) throws {
        let src = URL(fileURLWithPath: source, isDirectory: true)
        let fm = FileManager.default
        let runs = src.appendingPathComponent("runs")
        for name in try entryNames(source) {
            let path = runs.appendingPathComponent(name)
            let key = String(name.dropLast(5))
            guard let data = try? Data(contentsOf: path) else {
                summary.unreadable.append("\(path.path): unreadable or not a cache entry for key \(key) (cannot be read); skipped")
                continue
            }
            if let problem = entryProblem(data, key: key) {
                summary.unreadable.append("\(path.path): unreadable or not a cache entry for key \(key) (\(problem)); skipped")
                continue
            }
            guard let fields = Self.fields(data) else { continue }   // decoded above, so it parses
            let target = destination.appendingPathComponent("runs/\(name)")
            if let existing = try? Data(contentsOf: target) {
                if existing == data { summary.identical += 1; continue }
                guard entryProblem(existing, key: key) == nil, let old = Self.fields(existing) else {
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

    /// Why the cache reader (`ResultCache.lookup`) would not use `data` as the entry of `key`, or
    /// nil when it would: the same decoder, the same schema and key checks, the result decoded.
    public func entryProblem(_ data: Data, key: String) -> String? {
        guard Self.fields(data) != nil else { return "not a JSON object" }
        guard let header = try? CanonicalJSON.decoder.decode(Envelope.self, from: data) else {
            return "no schema, key and seconds"
        }
        guard header.key == key else { return "it records key \(header.key)" }
        guard header.schema == ResultCache.schemaVersion else {
            return "schema \(header.schema); this clreport reads schema \(ResultCache.schemaVersion)"
        }
        guard resultTypes.contains(where: { Self.decodes($0, data) }) else { return "its result is not a valid run result" }
        return nil
    }

    struct Envelope: Decodable { var schema: Int; var key: String; var seconds: Double }

    static func decodes<T: Codable>(_ type: T.Type, _ data: Data) -> Bool {
        (try? CanonicalJSON.decoder.decode(CacheEntry<T>.self, from: data)) != nil
    }

    static func errno(of error: Error) -> Int32? {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return Int32(ns.code) }
        return (ns.userInfo[NSUnderlyingErrorKey] as? NSError).flatMap { $0.domain == NSPOSIXErrorDomain ? Int32($0.code) : nil }
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
