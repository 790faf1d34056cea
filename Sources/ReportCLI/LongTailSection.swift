import Experiments
import Foundation

/// Hook for the real long-tailed data experiment in the report.
enum LongTailSection {
    static func compute(profile: ReportProfile, dataDir: String?) -> ((CachedRunner) throws -> (LongTailTable, [ClaimResult], [Double], [String]))? {
        nil
    }
}
