import Foundation

/// Fashion-MNIST (Xiao et al. 2017): 28×28 grey-scale images of 10 clothing classes,
/// 60 000 training and 10 000 test images, in gzipped IDX files.
public enum FashionMNIST {
    /// Where the Debian package `dataset-fashion-mnist` installs the files.
    public static let defaultDirectory = "/usr/share/datasets/fashion-mnist"
    /// The Debian package that provides the files.
    public static let debianPackage = "dataset-fashion-mnist"
    /// The environment variable that overrides `defaultDirectory`.
    public static let environmentVariable = "FASHION_MNIST_DIR"
    public static let classCount = 10
    public static let height = 28
    public static let width = 28
    /// Human-readable class names, by label.
    public static let classNames = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                                    "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]

    /// The data directory: `explicit` if given, else `$FASHION_MNIST_DIR` if set and non-empty,
    /// else `defaultDirectory`.
    public static func resolveDirectory(_ explicit: String?) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let env = ProcessInfo.processInfo.environment[environmentVariable], !env.isEmpty { return env }
        return defaultDirectory
    }

    /// The file name stem of a split's images or labels, e.g. "train-images-idx3-ubyte".
    static func stem(_ split: DataSplit, images: Bool) -> String {
        let prefix = split == .train ? "train" : "t10k"
        return images ? "\(prefix)-images-idx3-ubyte" : "\(prefix)-labels-idx1-ubyte"
    }

    /// Finds `<stem>.gz` or the uncompressed `<stem>` in `directory`.
    static func locate(_ stem: String, in directory: String) throws -> String {
        let gz = (directory as NSString).appendingPathComponent(stem + ".gz")
        let plain = (directory as NSString).appendingPathComponent(stem)
        if FileManager.default.fileExists(atPath: gz) { return gz }
        if FileManager.default.fileExists(atPath: plain) { return plain }
        throw DatasetError("Fashion-MNIST file \(gz) not found. Install the Debian package \(debianPackage) (apt-get install \(debianPackage)) or set \(environmentVariable) / --data-dir.", exitCode: DatasetError.noInput)
    }

    /// The (image, label) file paths `load` reads for `split`.
    public static func files(split: DataSplit, directory: String? = nil) throws -> [String] {
        let dir = resolveDirectory(directory)
        return [try locate(stem(split, images: true), in: dir), try locate(stem(split, images: false), in: dir)]
    }

    /// Loads a split with pixels scaled to [0, 1] (byte / 255), one channel.
    ///
    /// - Parameters:
    ///   - directory: see `resolveDirectory`.
    ///   - limit: keep only the first `limit` images (for quick runs).
    /// - Throws: `DatasetError` for a missing or corrupt file, or a file with 0 images.
    public static func load(split: DataSplit, directory: String? = nil, limit: Int? = nil) throws -> LabeledImages {
        let paths = try files(split: split, directory: directory)
        let imagePath = paths[0], labelPath = paths[1]
        let images = try IDXReader.read(path: imagePath)
        let labels = try IDXReader.read(path: labelPath)
        guard images.dims.count == 3, images.dims[1] == height, images.dims[2] == width else {
            throw DatasetError("\(imagePath) has dimensions \(images.dims.map(String.init).joined(separator: "×")); expected N×28×28 images. Is it the right file?")
        }
        guard labels.dims.count == 1 else {
            throw DatasetError("\(labelPath) has \(labels.dims.count) dimensions; expected a 1-dimensional label file. Is it the right file?")
        }
        guard labels.dims[0] == images.dims[0] else {
            throw DatasetError("\(imagePath) holds \(images.dims[0]) images but \(labelPath) holds \(labels.dims[0]) labels; the files do not belong together. Reinstall \(debianPackage).")
        }
        if let bad = labels.bytes.firstIndex(where: { Int($0) >= classCount }) {
            throw DatasetError("\(labelPath) has label \(labels.bytes[bad]) at index \(bad); Fashion-MNIST labels are 0..<\(classCount). The file is corrupt; reinstall \(debianPackage).")
        }
        guard images.dims[0] >= 1 else {
            throw DatasetError("\(imagePath) holds 0 images; a data set needs at least 1. The file is empty or corrupt; reinstall \(debianPackage).")
        }
        var n = images.dims[0]
        if let limit { n = min(n, max(0, limit)) }
        let ppi = height * width
        let pixels = images.bytes[0..<(n * ppi)].map { Float($0) / 255 }
        let y = labels.bytes[0..<n].map { Int($0) }
        return LabeledImages(height: height, width: width, channels: 1, pixels: pixels, labels: y, classCount: classCount)
    }
}
