import Foundation
import Learning

/// Content-addressed store of run results: `<dir>/runs/<key>.json`, key = StableHash(canonical JSON of
/// the run spec + result-schema version). A pointer file `<dir>/index/<identity>` remembers the last
/// key of each run identity (sweep, series, x, seed) so the log can say *why* a run had to be computed.
public struct ResultCache: Sendable {
    /// Bump when `RunResult`'s meaning or shape changes: every entry is then recomputed.
    /// v2: weight-based metrics on dense and masked weights, the noise-direction projection in traces.
    public static let schemaVersion = 2
    public let directory: URL

    public init(directory: String) {
        self.directory = URL(fileURLWithPath: directory, isDirectory: true)
    }

    /// The cache key of a run: hash of canonical (sorted-key) JSON of the spec and the schema version.
    public static func key(_ spec: some Encodable, schema: Int = schemaVersion) -> String {
        StableHash.hex(Array(CanonicalJSON.encode(spec)) + Array("|schema=\(schema)".utf8))
    }

    func entryURL(_ key: String) -> URL { directory.appendingPathComponent("runs/\(key).json") }
    func pointerURL(_ identity: String) -> URL {
        directory.appendingPathComponent("index/\(StableHash.hex(identity)).key")
    }

    /// Looks a run up. A hit returns the decoded entry; a miss says why it must run.
    public func lookup<R: Codable>(_ spec: some Codable, identity: String, as: R.Type) -> CacheLookup<R> {
        let key = ResultCache.key(spec)
        let url = entryURL(key)
        if let data = try? Data(contentsOf: url) {
            if let entry = try? CanonicalJSON.decoder.decode(CacheEntry<R>.self, from: data),
               entry.schema == ResultCache.schemaVersion, entry.key == key {
                return .hit(entry)
            }
            return .miss(key: key, reason: .corrupt(path: url.path))
        }
        if FileManager.default.fileExists(atPath: url.path) {
            return .miss(key: key, reason: .corrupt(path: url.path))
        }
        guard let old = try? String(contentsOf: pointerURL(identity), encoding: .utf8), old != key else {
            return .miss(key: key, reason: .new)
        }
        if let data = try? Data(contentsOf: entryURL(old)),
           let header = try? CanonicalJSON.decoder.decode(CacheEntryHeader.self, from: data),
           header.schema != ResultCache.schemaVersion {
            return .miss(key: key, reason: .schemaChanged(from: header.schema, to: ResultCache.schemaVersion))
        }
        return .miss(key: key, reason: .configChanged)
    }

    /// Stores an entry atomically (temp file + rename) and points the identity at it.
    public func store<R: Codable>(_ entry: CacheEntry<R>, identity: String) throws {
        try AtomicFile.write(CanonicalJSON.encode(entry), to: entryURL(entry.key))
        try AtomicFile.write(Data(entry.key.utf8), to: pointerURL(identity))
    }
}
