import ArgumentParser
import LongTail

/// `--data-dir` and `--dataset`: the real long-tailed data, declared once for `ReportOptions` and
/// `longtail`. An unknown dataset is a usage error (64) here, before anything is read.
struct DataOptions: ParsableArguments {
    @OptionGroup var folder: DataFolderOptions
    @Option(help: "Long-tailed dataset: fashion-mnist (Debian package dataset-fashion-mnist), cifar10 or cifar100 (with --data-dir).")
    var dataset: String = DataOptions.defaultDataset

    /// The dataset without `--dataset` (also the one `bench` times the report render with).
    static let defaultDataset = "fashion-mnist"

    /// The folder of `--data-dir` (nil: the dataset's default).
    var dataDir: String? { folder.dataDir }

    func validate() throws {
        guard LongTailConfig.datasets.contains(dataset) else {
            throw ValidationError("unknown dataset \"\(dataset)\"; use one of \(LongTailConfig.datasets.joined(separator: ", ")).")
        }
    }
}
