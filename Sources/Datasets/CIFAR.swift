import Foundation

/// CIFAR-10 and CIFAR-100 in their binary ("bin") distribution formats: 32×32 RGB images,
/// each record storing the 1024 red, then 1024 green, then 1024 blue bytes (row-major),
/// which is already the channel-major layout of `LabeledImages`.
///
/// - CIFAR-10 record: 1 label byte (0..<10) + 3072 pixel bytes; training files
///   `data_batch_1.bin` … `data_batch_5.bin`, test file `test_batch.bin`.
/// - CIFAR-100 record: 1 coarse-label byte (0..<20) + 1 fine-label byte (0..<100) + 3072 pixel
///   bytes; files `train.bin` and `test.bin`. The loader returns the fine labels.
///
/// Files may be gzip-compressed; they are looked up in `directory` and in the archive's own
/// sub-directory (`cifar-10-batches-bin/`, `cifar-100-binary/`).
public enum CIFAR {
    public static let side = 32
    public static let channels = 3
    public static let pixelsPerImage = 3 * 32 * 32

    /// Loads CIFAR-10 (pixels byte / 255, labels 0..<10).
    public static func load10(split: DataSplit, directory: String) throws -> LabeledImages {
        try read(files: files10(split: split, directory: directory), labelBytes: 1, labelOffset: 0, classCount: 10)
    }

    /// Loads CIFAR-100 with its fine labels (pixels byte / 255, labels 0..<100).
    public static func load100(split: DataSplit, directory: String) throws -> LabeledImages {
        try read(files: files100(split: split, directory: directory), labelBytes: 2, labelOffset: 1, classCount: 100)
    }

    /// The paths `load10` reads for `split`.
    public static func files10(split: DataSplit, directory: String) throws -> [String] {
        let names = split == .train ? (1...5).map { "data_batch_\($0).bin" } : ["test_batch.bin"]
        let dir = try locate(names, in: directory, subdirectory: "cifar-10-batches-bin", dataset: "CIFAR-10",
                             url: "https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz")
        return names.map { (dir as NSString).appendingPathComponent($0) }
    }

    /// The paths `load100` reads for `split`.
    public static func files100(split: DataSplit, directory: String) throws -> [String] {
        let names = [split == .train ? "train.bin" : "test.bin"]
        let dir = try locate(names, in: directory, subdirectory: "cifar-100-binary", dataset: "CIFAR-100",
                             url: "https://www.cs.toronto.edu/~kriz/cifar-100-binary.tar.gz")
        return names.map { (dir as NSString).appendingPathComponent($0) }
    }

    /// The directory (either `directory` or its `subdirectory`) holding all `names`.
    static func locate(_ names: [String], in directory: String, subdirectory: String,
                       dataset: String, url: String) throws -> String {
        let fm = FileManager.default
        let candidates = [directory, (directory as NSString).appendingPathComponent(subdirectory)]
        for dir in candidates where names.allSatisfy({ fm.fileExists(atPath: (dir as NSString).appendingPathComponent($0)) }) {
            return dir
        }
        let missing = names.filter { !fm.fileExists(atPath: (directory as NSString).appendingPathComponent($0)) }
        throw DatasetError("\(dataset) file(s) \(missing.joined(separator: ", ")) not found in \(directory) or \(candidates[1]). Download and unpack the binary version (\(url)) and pass its directory with --data-dir.", exitCode: DatasetError.noInput)
    }

    /// Concatenates the records of `files` (each read with the size cap of `FileBytes`).
    static func read(files: [String], labelBytes: Int, labelOffset: Int, classCount: Int) throws -> LabeledImages {
        var pixels = [Float]()
        var labels = [Int]()
        for path in files {
            let part = try parse(try FileBytes.read(path: path), path: path, labelBytes: labelBytes,
                                 labelOffset: labelOffset, classCount: classCount)
            pixels += part.pixels
            labels += part.labels
        }
        return LabeledImages(height: side, width: side, channels: channels, pixels: pixels, labels: labels, classCount: classCount)
    }

    /// The records of one file's content: each is `labelBytes` label bytes (the label is byte
    /// `labelOffset`) then 3072 pixel bytes. `path` is only used in error messages.
    ///
    /// - Throws: `DatasetError` if the content is empty or not a whole number of records, or a
    ///   label is not below `classCount`.
    public static func parse(_ raw: [UInt8], path: String, labelBytes: Int, labelOffset: Int, classCount: Int) throws -> LabeledImages {
        precondition(labelBytes >= 1 && labelOffset >= 0 && labelOffset < labelBytes, "CIFAR.parse: bad label layout")
        let recordSize = labelBytes + pixelsPerImage
        guard !raw.isEmpty, raw.count % recordSize == 0 else {
            let whole = raw.count / recordSize
            throw DatasetError("\(path) is truncated or not a CIFAR binary file: records are \(recordSize) bytes, so expected \(max(whole, 1) * recordSize) bytes (or another multiple of \(recordSize)), found \(raw.count). Re-download it.")
        }
        let n = raw.count / recordSize
        var pixels = [Float]()
        var labels = [Int]()
        pixels.reserveCapacity(n * pixelsPerImage)
        labels.reserveCapacity(n)
        for r in 0..<n {
            let base = r * recordSize
            let label = Int(raw[base + labelOffset])
            guard label < classCount else {
                throw DatasetError("\(path) record \(r) has label \(label); expected 0..<\(classCount). Is this the right dataset (CIFAR-10 vs CIFAR-100)?")
            }
            labels.append(label)
            let start = base + labelBytes
            pixels.append(contentsOf: raw[start..<(start + pixelsPerImage)].lazy.map { Float($0) / 255 })
        }
        return LabeledImages(height: side, width: side, channels: channels, pixels: pixels, labels: labels, classCount: classCount)
    }
}
