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
                throw DatasetError("Reading \(path) failed: \(errorMessage(gz)). The file is corrupt; re-download or reinstall it.")
            }
            if n == 0 { break }
            out.append(contentsOf: buffer[0..<Int(n)])
        }
        var errnum: Int32 = 0
        let message = gzerror(gz, &errnum).map { String(cString: $0) } ?? ""
        if errnum == Z_BUF_ERROR {
            throw DatasetError("\(path) is a truncated gzip file (\(message) after \(out.count) decompressed bytes). Re-download or reinstall it.")
        }
        if errnum != Z_OK {
            throw DatasetError("Reading \(path) failed: \(message). The file is corrupt; re-download or reinstall it.")
        }
        return out
    }

    private static func errorMessage(_ gz: gzFile) -> String {
        var errnum: Int32 = 0
        return gzerror(gz, &errnum).map { String(cString: $0) } ?? "zlib error \(errnum)"
    }
}
