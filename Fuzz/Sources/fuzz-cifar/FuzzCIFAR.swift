import CFuzzDriver
import Datasets

/// CIFAR record parsing (both record layouts): any bytes either parse into whole records with
/// labels in range, or throw a `DatasetError`; nothing traps.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCIFAR(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for (labelBytes, labelOffset, classes) in [(1, 0, 10), (2, 1, 100)] {
        if let images = try? CIFAR.parse(bytes, path: "fuzz.bin", labelBytes: labelBytes, labelOffset: labelOffset, classCount: classes) {
            precondition(images.count * (labelBytes + CIFAR.pixelsPerImage) == bytes.count, "CIFAR record count")
            precondition(images.labels.allSatisfy { $0 >= 0 && $0 < classes }, "CIFAR label range")
        }
    }
    return 0
}

/// The executable's entry point (SwiftPM links `main` to `<module>_main`): libFuzzer's driver.
@_cdecl("fuzz_cifar_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var args = argv
    return LLVMFuzzerRunDriver(&count, &args) { data, size in fuzzCIFAR(data, size) }
}
