import ArgumentParser
import Datasets
import LongTail

/// `--data-dir` and `--dataset`: the real long-tailed data, declared once for `ReportOptions` and
/// `longtail`. An unknown dataset is a usage error (64) here, before anything is read.
struct DataOptions: ParsableArguments {
    @OptionGroup var folder: DataFolderOptions
    @Option(help: "Long-tailed dataset: \(DatasetName.fashionMNIST) (Debian package \(FashionMNIST.debianPackage)), \(DatasetName.cifar10) or \(DatasetName.cifar100) (with --data-dir).")
    var dataset: DatasetName = DataOptions.defaultDataset

    /// The dataset without `--dataset` (also the one `bench` times the report render with).
    static let defaultDataset = DatasetName.fashionMNIST

    /// The folder of `--data-dir` (nil: the dataset's default).
    var dataDir: String? { folder.dataDir }

    func validate() throws {
        guard dataset.isSupported else {
            throw ValidationError("unknown dataset \"\(dataset)\"; use one of \(DatasetName.supported.map(\.rawValue).joined(separator: ", ")).")
        }
    }
}
