import ArgumentParser
import Datasets

/// `--dataset NAME`: any spelling parses, so that `DataOptions.validate()` refuses an unsupported
/// one with its own message listing `DatasetName.supported` (exit 64) before anything is read.
extension DatasetName: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}
