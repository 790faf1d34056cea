import Datasets

/// CIFAR record parsing (both record layouts): any bytes either parse into whole records with
/// labels in range, or throw a `DatasetError`; nothing traps.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCIFAR(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for (labelBytes, labelOffset, classes) in [(1, 0, 10), (2, 1, 100)] {
        if let images = try? CIFAR.parse(bytes, path: "fuzz.bin", labelBytes: labelBytes, labelOffset: labelOffset, classCount: classes) {
            precondition(images.count * (labelBytes + CIFAR.pixelsPerImage) == bytes.count, "CIFAR record count")
            precondition(images.labels.allSatisfy { $0 >= 0 && $0 < classes }, "CIFAR label range")
        }
    }
    return 0
}
