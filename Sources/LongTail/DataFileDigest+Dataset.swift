import Datasets
import RunCache

extension DataFileDigest {
    /// Digests of the files a run on `dataset` reads (`LongTailData.files`), in that order.
    public static func ofDataset(_ dataset: DatasetName, directory: String?) throws -> [DataFileDigest] {
        try LongTailData.files(dataset, directory: directory).map(of)
    }
}
