import ArgumentParser

/// `--data-dir`: the folder of the long-tailed dataset's files, declared once (`DataOptions` for the
/// commands that choose the dataset; `verify`, whose dataset is the one its `results.json` records).
struct DataFolderOptions: ParsableArguments {
    @Option(help: "Folder with the long-tail dataset files (default: FASHION_MNIST_DIR or /usr/share/datasets/fashion-mnist).")
    var dataDir: String?
}
