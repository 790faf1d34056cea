/// A stable 128-bit content hash (two FNV-1a 64-bit lanes with different offsets), as 32 hex digits.
/// Never `Hasher`, whose seed changes per process.
public enum StableHash {
    public static func hex(_ bytes: some Sequence<UInt8>) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x6c62_272e_07bb_0142
        let prime: UInt64 = 0x0000_0100_0000_01B3
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* prime
            b = (b ^ UInt64(byte ^ 0x5A)) &* prime
        }
        return hex64(a) + hex64(b)
    }

    public static func hex(_ string: String) -> String { hex(Array(string.utf8)) }

    static func hex64(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
