import Datasets

/// Chart-category names of the long-tailed datasets' classes; the lists live in
/// `Datasets.ClassNames` (one copy, also recorded in the long-tail table).
enum ClassNames {
    static let cifar10 = Datasets.ClassNames.cifar10
    static let cifar100 = Datasets.ClassNames.cifar100Fine

    /// The name of class `label` of `dataset`, or "class <label>" when the dataset or label is unknown.
    static func name(_ label: Int, dataset: DatasetName) -> String {
        let names = Datasets.ClassNames.of(dataset) ?? []
        return names.indices.contains(label) ? names[label] : "class \(label)"
    }
}
