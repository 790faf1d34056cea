import Experiments
import Foundation

/// The long-tail part of `report`: the computation to run, or nil when left out.
enum LongTailSection {
    static func compute(profile: ReportProfile, dataset: String, dataDir: String?) -> ((CachedRunner) throws -> (LongTailTable, [ClaimResult], [Double], [String]))? {
        let report = LongTailReport(profile: profile, dataset: dataset, dataDirectory: dataDir)
        return { runner in try report.compute(runner) }
    }
}
