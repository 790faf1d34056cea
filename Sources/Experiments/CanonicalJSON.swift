import Foundation

/// The one JSON dialect of the project: sorted keys, NaN/∞ as strings, pretty-printed, so the same
/// value always gives the same bytes (cache keys, cache entries, results.json).
public enum CanonicalJSON {
    public static func encode(_ value: some Encodable) -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        e.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        do { return try e.encode(value) } catch { preconditionFailure("CanonicalJSON: cannot encode: \(error)") }
    }

    public static var decoder: JSONDecoder {
        let d = JSONDecoder()
        d.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return d
    }
}

/// Writes a file atomically: a temporary file in the same folder (unique per process and call),
/// fsync(2), then rename(2) over the target, so an interrupted write never leaves a half-written
/// file and concurrent writers on a shared file system never see each other's partial files.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws {
        let dir = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp")
        try data.write(to: tmp)
        let fd = open(tmp.path, O_RDONLY)
        let synced = fd >= 0 && fsync(fd) == 0
        if fd >= 0 { close(fd) }
        if !synced || rename(tmp.path, url.path) != 0 {
            let err = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: tmp)
            throw ExperimentError("cannot write \(url.path): \(err)")
        }
    }

    public static func write(_ text: String, to url: URL) throws { try write(Data(text.utf8), to: url) }
}

/// An I/O or cache failure; the message says what to do next.
public struct ExperimentError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
