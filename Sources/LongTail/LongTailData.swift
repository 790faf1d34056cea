import Datasets
import Foundation

/// Loads the splits of the long-tailed experiment's datasets, each file set read once per process
/// (the report runs dozens of seeds × ρ on the same files; decompressing Fashion-MNIST every time
/// would cost more than a quick run). The cache is keyed by (dataset, resolved directory, split),
/// so results stay a pure function of the files' contents.
public enum LongTailData {
    /// Environment variable naming the CIFAR directory when no `dataDirectory` is given.
    public static let cifarEnvironmentVariable = "CIFAR_DIR"

    /// The directory a dataset is read from: `explicit`, else the dataset's environment variable
    /// or default (Fashion-MNIST: `$FASHION_MNIST_DIR` or /usr/share/datasets/fashion-mnist;
    /// CIFAR: `$CIFAR_DIR`, required).
    public static func resolveDirectory(_ dataset: DatasetName, _ explicit: String?) throws -> String {
        if dataset == .fashionMNIST { return FashionMNIST.resolveDirectory(explicit) }
        if let explicit, !explicit.isEmpty { return explicit }
        if let env = ProcessInfo.processInfo.environment[cifarEnvironmentVariable], !env.isEmpty { return env }
        let name = displayName(dataset)
        throw DatasetError("\(name) has no default location: download and unpack its binary version and pass the directory with --data-dir (or set \(cifarEnvironmentVariable)).", exitCode: DatasetError.noInput)
    }

    /// The dataset's name as a reader knows it ("Fashion-MNIST", "CIFAR-10", "CIFAR-100"), for the page.
    public static func displayName(_ dataset: DatasetName) -> String {
        switch dataset {
        case .fashionMNIST: return "Fashion-MNIST"
        case .cifar10: return "CIFAR-10"
        case .cifar100: return "CIFAR-100"
        default: return dataset.rawValue
        }
    }

    /// A split of `dataset`, from the cache or from disk.
    public static func load(_ dataset: DatasetName, split: DataSplit, directory: String?) throws -> LabeledImages {
        let dir = try resolveDirectory(dataset, directory)
        let key = "\(dataset)|\(dir)|\(split.rawValue)"
        if let hit = cache.get(key) { return hit }
        let data: LabeledImages
        switch dataset {
        case .fashionMNIST: data = try FashionMNIST.load(split: split, directory: dir)
        case .cifar10: data = try CIFAR.load10(split: split, directory: dir)
        case .cifar100: data = try CIFAR.load100(split: split, directory: dir)
        default:
            throw unknown(dataset)
        }
        cache.put(key, data)
        return data
    }

    /// The error for a dataset no reader loads, naming the ones they do.
    static func unknown(_ dataset: DatasetName) -> DatasetError {
        DatasetError("unknown dataset \"\(dataset)\"; use one of \(LongTailConfig.datasets.map(\.rawValue).joined(separator: ", ")).")
    }

    /// Class names by label of a long-tail dataset (nil if unknown).
    public static func classNames(_ dataset: DatasetName) -> [String]? { ClassNames.of(dataset) }

    /// The files a run on `dataset` reads (training and test split), in a fixed order.
    public static func files(_ dataset: DatasetName, directory: String?) throws -> [String] {
        let dir = try resolveDirectory(dataset, directory)
        return try DataSplit.allCases.flatMap { split -> [String] in
            switch dataset {
            case .fashionMNIST: return try FashionMNIST.files(split: split, directory: dir)
            case .cifar10: return try CIFAR.files10(split: split, directory: dir)
            case .cifar100: return try CIFAR.files100(split: split, directory: dir)
            default:
                throw unknown(dataset)
            }
        }
    }

    /// Forgets every loaded split (tests that rewrite files in place).
    public static func clearCache() { cache.clear() }

    static let cache = SplitCache()
}
