/// Reader for the IDX format of MNIST and Fashion-MNIST (gzip-compressed or plain).
///
/// Layout: a 4-byte magic number `00 00 tt nn` (tt = element type, nn = number of dimensions),
/// then `nn` big-endian UInt32 dimension sizes, then the elements in row-major order.
/// Only unsigned bytes (type 0x08) are supported, which is what (Fashion-)MNIST uses.
public enum IDXReader {
    /// The element type code of unsigned bytes.
    public static let unsignedByteType: UInt8 = 0x08

    /// Reads the IDX file at `path` and returns its dimensions and its raw element bytes.
    ///
    /// Throws `DatasetError` if the file is missing or unreadable, larger than `maxBytes` once
    /// decompressed, if the magic number is wrong, the element type is not 0x08, or the data
    /// length differs from the product of the dimensions.
    public static func read(path: String, maxBytes: Int = FileBytes.defaultMaxBytes) throws -> (dims: [Int], bytes: [UInt8]) {
        var raw = try FileBytes.read(path: path, maxBytes: maxBytes)
        let (dims, headerSize) = try header(raw, path: path)
        raw.removeSubrange(0..<headerSize)          // in place: no second copy of a large file
        return (dims, raw)
    }

    /// Parses the content of an IDX file; `path` is only used in error messages.
    public static func parse(_ raw: [UInt8], path: String) throws -> (dims: [Int], bytes: [UInt8]) {
        let (dims, headerSize) = try header(raw, path: path)
        return (dims, Array(raw[headerSize...]))
    }

    /// Validates the magic number, element type and length; returns the dimensions and the
    /// header size in bytes. The product of the dimensions is computed with overflow checks and
    /// compared with the bytes actually present, so a header can never claim more than the file holds.
    static func header(_ raw: [UInt8], path: String) throws -> (dims: [Int], headerSize: Int) {
        guard raw.count >= 4 else {
            throw DatasetError("\(path) is too short to be an IDX file: expected at least 4 bytes (the magic number), found \(raw.count). Re-download or reinstall it.")
        }
        guard raw[0] == 0, raw[1] == 0 else {
            let magic = raw[0..<4].map { hex($0) }.joined(separator: " ")
            throw DatasetError("\(path) has a bad IDX magic number (\(magic)); expected 00 00 08 nn. It is not an IDX file or it is corrupt (a gzip file that was decompressed twice or not at all?).")
        }
        guard raw[2] == unsignedByteType else {
            throw DatasetError("\(path) has IDX element type 0x\(hex(raw[2])) in its magic number; only unsigned bytes (0x08) are supported.")
        }
        let ndims = Int(raw[3])
        guard ndims >= 1 else {
            throw DatasetError("\(path) has an IDX magic number with 0 dimensions; expected at least 1.")
        }
        let headerSize = 4 + 4 * ndims
        guard raw.count >= headerSize else {
            throw DatasetError("\(path) is truncated: its IDX header needs \(headerSize) bytes for \(ndims) dimensions, found \(raw.count). Re-download or reinstall it.")
        }
        var dims = [Int]()
        for k in 0..<ndims {
            let o = 4 + 4 * k
            dims.append(Int(raw[o]) << 24 | Int(raw[o + 1]) << 16 | Int(raw[o + 2]) << 8 | Int(raw[o + 3]))
        }
        let actual = raw.count - headerSize
        let shape = dims.map(String.init).joined(separator: "×")
        // Checked product: a header whose dimensions overflow claims more than any file holds.
        var expected = 1
        for d in dims {
            let (p, overflow) = expected.multipliedReportingOverflow(by: d)
            guard !overflow else {
                throw DatasetError("\(path) is truncated or corrupt: its IDX header claims dimensions \(shape), more data than the \(actual) bytes the file holds. Re-download or reinstall it.")
            }
            expected = p
        }
        if actual < expected {
            throw DatasetError("\(path) is truncated: dimensions \(shape) need \(expected) data bytes, found \(actual). Re-download or reinstall it.")
        }
        if actual > expected {
            throw DatasetError("\(path) has \(actual - expected) trailing bytes: dimensions \(shape) need \(expected) data bytes, found \(actual). The file is corrupt; re-download or reinstall it.")
        }
        return (dims, headerSize)
    }

    private static func hex(_ b: UInt8) -> String {
        let s = String(b, radix: 16)
        return s.count == 1 ? "0" + s : s
    }
}
