import Experiments
import Foundation
import RunCache

/// Where the cost model's calibration comes from: `--calibration FILE`, else `Benchmarks/baseline.json`
/// in the working directory when present, else the uncalibrated model.
enum CostCalibration {
    static let defaultFile = "Benchmarks/baseline.json"

    static func model(_ file: String?) throws -> RunCostModel {
        let path = file ?? defaultFile
        if file == nil && !FileManager.default.fileExists(atPath: path) { return .uncalibrated }
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError("--calibration \(path): no such file; give the JSON of `clreport bench --json`", code: 66)
        }
        do { return try RunCostModel.calibration(file: path) } catch let e as ExperimentError { throw CLIError(e.description, code: 65) }
    }

    /// The calibration file actually used, as an absolute path (nil when uncalibrated).
    static func resolvedPath(_ file: String?) -> String? {
        let path = file ?? defaultFile
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
