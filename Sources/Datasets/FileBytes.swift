import CZlib
import Foundation

/// Whole-file reading through zlib, which transparently reads gzip-compressed and plain files.
public enum FileBytes {
    /// The declared cap on the (decompressed) size of one data file: 1 GiB. The largest file the
    /// project reads (Fashion-MNIST training images) is 47 MB; a gzip bomb or a corrupt header
    /// must not make the reader allocate without bound.
    public static let defaultMaxBytes = 1 << 30

    /// The (decompressed) content of `path`, at most `maxBytes` bytes.
    ///
    /// Throws if the file is missing, unreadable, larger than `maxBytes` once decompressed, or a
    /// gzip stream that ends early or is corrupt.
    static func read(path: String, maxBytes: Int = defaultMaxBytes) throws -> [UInt8] {
        precondition(maxBytes >= 0, "FileBytes.read: maxBytes must be ≥ 0")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DatasetError("File \(path) not found. Check the path (or the data directory setting).", exitCode: DatasetError.noInput)
        }
        if isDirectory.boolValue {
            throw DatasetError("\(path) is a directory, expected a data file. Point the loader at the file's directory instead.")
        }
        guard let gz = gzopen(path, "rb") else {
            throw DatasetError("Cannot open \(path) for reading. Check its permissions.", exitCode: DatasetError.noInput)
        }
        defer { gzclose(gz) }
        gzbuffer(gz, 1 << 18)

        let fileSize = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        var out = [UInt8]()
        out.reserveCapacity(min(max(fileSize, 1 << 16), maxBytes))
        let chunk = 1 << 20
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let n = buffer.withUnsafeMutableBytes { gzread(gz, $0.baseAddress, UInt32(chunk)) }
            if n < 0 {
                throw DatasetError("Reading \(path) failed: \(errorMessage(gz, path: path)). The file is corrupt; re-download or reinstall it.")
            }
            if n == 0 { break }
            if Int(n) > maxBytes - out.count {
                throw DatasetError("\(path) holds more than \(maxBytes) bytes (decompressed), the most a data file may have. It is not a data file of this kind or it is corrupt; re-download or reinstall it.")
            }
            out.append(contentsOf: buffer[0..<Int(n)])
        }
        var errnum: Int32 = 0
        var message = gzerror(gz, &errnum).map { String(cString: $0) } ?? ""
        if message.hasPrefix(path + ": ") { message.removeFirst(path.count + 2) }   // zlib prepends the path
        if errnum == Z_BUF_ERROR {
            throw DatasetError("\(path) is a truncated gzip file (\(message) after \(out.count) decompressed bytes). Re-download or reinstall it.")
        }
        if errnum != Z_OK {
            throw DatasetError("Reading \(path) failed: \(message). The file is corrupt; re-download or reinstall it.")
        }
        return out
    }

    private static func errorMessage(_ gz: gzFile, path: String) -> String {
        var errnum: Int32 = 0
        var message = gzerror(gz, &errnum).map { String(cString: $0) } ?? "zlib error \(errnum)"
        if message.hasPrefix(path + ": ") { message.removeFirst(path.count + 2) }   // zlib prepends the path
        return message
    }

    /// Writes `bytes` to `path`, gzip-compressed when `gzip` is true (used by tests and tools).
    static func write(_ bytes: [UInt8], to path: String, gzip: Bool) throws {
        if !gzip {
            guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
                throw DatasetError("Cannot write \(path). Check that its directory exists and is writable.")
            }
            return
        }
        guard let gz = gzopen(path, "wb") else {
            throw DatasetError("Cannot write \(path). Check that its directory exists and is writable.")
        }
        let written = bytes.withUnsafeBytes { gzwrite(gz, $0.baseAddress, UInt32($0.count)) }
        let closed = gzclose(gz)
        guard Int(written) == bytes.count || bytes.isEmpty, closed == Z_OK else {
            throw DatasetError("Writing \(path) failed (gzwrite wrote \(written) of \(bytes.count) bytes). Check the free disk space.")
        }
    }
}
