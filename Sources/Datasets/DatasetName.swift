import Markup

/// The name of a long-tail dataset as the CLI (`--dataset`), `LongTailConfig.dataset`, cache
/// identities and `results.json` spell it: `fashion-mnist`, `cifar10`, `cifar100`. Written as the
/// plain string (a single-value container), so cache keys and files keep their bytes.
///
/// A struct, not an enum: a `LongTailConfig` is decoded from `results.json` and config files, and
/// an unknown name must reach `LongTailConfig.validate()` (whose error lists the allowed names)
/// instead of failing the decoding; a file from an earlier version still reads. `supported` are
/// the names the readers load, the only place their spelling is written; the CLI refuses others.
public struct DatasetName: StringIdentifier {
    /// The name as written on disk and typed on the command line.
    public let rawValue: String

    /// A name by its spelling (decoded or typed; may be unsupported — see `isSupported`).
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Fashion-MNIST (`FashionMNIST`; Debian package dataset-fashion-mnist).
    public static let fashionMNIST = DatasetName("fashion-mnist")
    /// CIFAR-10, binary version (`CIFAR.load10`).
    public static let cifar10 = DatasetName("cifar10")
    /// CIFAR-100, binary version, fine labels (`CIFAR.load100`).
    public static let cifar100 = DatasetName("cifar100")

    /// The datasets the readers load, in the order the CLI lists them.
    public static let supported: [DatasetName] = [.fashionMNIST, .cifar10, .cifar100]

    /// Whether a reader loads this dataset.
    public var isSupported: Bool { Self.supported.contains(self) }
}
