import Learning
import LongTail
import RunCache

extension CacheMerger {
    /// The result types of a report's runs: synthetic and readings runs, long-tail runs, baselines.
    public static let reportResultTypes: [any Codable.Type] = [RunResult.self, LongTailResult.self, Double.self]

    /// A merger into `directory` for a report's cache (`reportResultTypes`).
    public init(into directory: String) {
        self.init(into: directory, resultTypes: CacheMerger.reportResultTypes)
    }
}
