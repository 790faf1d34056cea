import CZlib
import Foundation

/// Whole-file reading through zlib, which transparently reads gzip-compressed and plain files.
enum FileBytes {
    /// The (decompressed) content of `path`.
    ///
    /// Throws if the file is missing, unreadable, or a gzip stream that ends early or is corrupt.
    static func read(path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DatasetError("File \(path) not found. Check the path (or the data directory setting).")
        }
        if isDirectory.boolValue {
            throw DatasetError("\(path) is a directory, expected a data file. Point the loader at the file's directory instead.")
        }
        guard let gz = gzopen(path, "rb") else {
            throw DatasetError("Cannot open \(path) for reading. Check its permissions.")
        }
        defer { gzclose(gz) }
        gzbuffer(gz, 1 << 18)

        let fileSize = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        var out = [UInt8]()
        out.reserveCapacity(max(fileSize, 1 << 16))
        let chunk = 1 << 20
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let n = buffer.withUnsafeMutableBytes { gzread(gz, $0.baseAddress, UInt32(chunk)) }
            if n < 0 {
                throw DatasetError("Reading \(path) failed: \(errorMessage(gz, path: path)). The file is corrupt; re-download or reinstall it.")
            }
            if n == 0 { break }
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
