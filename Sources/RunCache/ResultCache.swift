import Foundation
import LinearAlgebra

/// Content-addressed store of run results: `<dir>/runs/<key>.json`, key = StableHash(canonical JSON of
/// the run spec + result-schema version + OpenBLAS kernel family). A pointer file `<dir>/index/<identity>` remembers the last
/// key of each run identity (sweep, series, x, seed) and the data files it read, so the log can say
/// *why* a run had to be computed. `runs/<key>.lock` is the entry's advisory lock (`RunLock`).
public struct ResultCache: Sendable {
    /// Bump when `RunResult`'s meaning or shape changes, or when the engine's numbers change for the
    /// same configuration (a new random stream, a new kernel): every entry is then recomputed.
    /// 2: the vectorised Gaussian source, the fresh-batch sampler and the attention kernel (issue 11);
    ///    weight-based metrics on dense and masked weights, the noise-direction projection in traces (issue 12).
    /// 3: both of the above together. Branches of issue 11 and of issue 12 each wrote "2" entries
    ///    alone (new streams without masked metrics, or masked metrics from the old streams).
    /// 4: the forward GEMM transposed (Uᵀ = W·Aᵀ) for d1 ≥ 1024 (issue 11): OpenBLAS rounds some
    ///    elements of U differently in that orientation, so runs with d1 ≥ 1024 (paper preset, long-tail
    ///    runs with large tokens) change in their last bits; runs with d1 < 1024 are bit-identical to 3.
    public static let schemaVersion = 4
    public let directory: URL
    /// The cache folder every command uses unless `--cache` says otherwise.
    public static let defaultFolder = ".cache/clreport"

    public init(directory: String) {
        self.directory = URL(fileURLWithPath: directory, isDirectory: true)
    }

    /// The cache key of a run: hash of canonical (sorted-key) JSON of the spec, the schema version and
    /// the OpenBLAS kernel family in use (`BLAS.coreName`: Haswell and SkylakeX kernels round
    /// differently, so a cache never mixes runs of the two; see `BLASCoreChoice`).
    public static func key(_ spec: some Encodable, schema: Int = schemaVersion) -> String {
        StableHash.hex(Array(CanonicalJSON.encode(spec)) + Array("|schema=\(schema)|blas=\(blasCore)".utf8))
    }

    /// The kernel family OpenBLAS runs in this process (read once).
    public static let blasCore = BLAS.coreName

    func entryURL(_ key: String) -> URL { directory.appendingPathComponent("runs/\(key).json") }
    func lockPath(_ key: String) -> String { directory.appendingPathComponent("runs/\(key).lock").path }
    func pointerURL(_ identity: String) -> URL {
        directory.appendingPathComponent("index/\(StableHash.hex(identity)).key")
    }

    /// Looks a run up. A hit returns the decoded entry; a miss says why it must run (`inputs`: the data
    /// files the run reads, compared with those recorded for the identity's last entry).
    public func lookup<R: Codable>(_ spec: some Codable, identity: String, as: R.Type,
                                   inputs: [DataFileDigest] = []) -> CacheLookup<R> {
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
        guard let pointer = try? String(contentsOf: pointerURL(identity), encoding: .utf8) else {
            return .miss(key: key, reason: .new)
        }
        let lines = pointer.split(separator: "\n").map(String.init)
        guard let old = lines.first, old != key else { return .miss(key: key, reason: .new) }
        let recorded = lines.dropFirst().map { $0.split(separator: " ").first.map(String.init) ?? "" }
        let recordedLines = Set(lines.dropFirst())
        let changed = inputs.filter { recorded.contains($0.name) && !recordedLines.contains(Self.pointerLine($0)) }.map(\.name)
        if !changed.isEmpty { return .miss(key: key, reason: .dataChanged(files: changed)) }
        if let data = try? Data(contentsOf: entryURL(old)),
           let header = try? CanonicalJSON.decoder.decode(CacheEntryHeader.self, from: data),
           header.schema != ResultCache.schemaVersion {
            return .miss(key: key, reason: .schemaChanged(from: header.schema, to: ResultCache.schemaVersion))
        }
        return .miss(key: key, reason: .configChanged)
    }

    /// Stores an entry atomically (temp file + rename) and points the identity at it, recording the
    /// data files the run read.
    public func store<R: Codable>(_ entry: CacheEntry<R>, identity: String, inputs: [DataFileDigest] = []) throws {
        try AtomicFile.write(CanonicalJSON.encode(entry), to: entryURL(entry.key))
        let pointer = ([entry.key] + inputs.map(Self.pointerLine)).joined(separator: "\n")
        try AtomicFile.write(Data(pointer.utf8), to: pointerURL(identity))
    }

    /// Checks, before anything is computed, that the cache folder can be created and written.
    public func probeWritable() throws {
        try AtomicFile.probeFolder(directory.appendingPathComponent("runs").path, what: "cache folder")
    }

    static func pointerLine(_ d: DataFileDigest) -> String { "\(d.name) \(d.size) \(d.sha256)" }
}
