import Claims
import Experiments
import Learning
import Markup
import Results

/// The command line that reproduces one run a sub-test reads: `clreport train --preset P --seed S
/// --set key=value …` for a run of the report's synthetic sweeps (only the keys whose value differs
/// from preset P, so parsing the `--set`s over P gives back the run's configuration exactly), or
/// `clreport longtail --profile P --rho R --seed S [--pruned]` for a long-tail run.
public enum ReproduceCommand {
    /// The command for seed `seed` of `point`, or nil when the report's plan has no such point.
    public static func line(_ point: SubTestEvidence.RunPoint, seed: UInt64, in results: ReportResults) -> String? {
        if point.sweep == SubTestEvidence.RunPoint.longTail {
            var s = "clreport longtail --profile \(results.plan.profile.rawValue) --rho \(NumberFormat.label(point.x)) --seed \(seed)"
            if point.series == "with" { s += " --pruned" }
            if let dataset = results.longTail?.protocolConfig?.dataset, dataset != .fashionMNIST { s += " --dataset \(dataset)" }
            return s
        }
        guard let config = config(point, in: results) else { return nil }
        return train(config, preset: results.plan.profile.preset, seed: seed)
    }

    /// `clreport train --preset P --seed S` plus one `--set key=value` per field of `config` that
    /// differs from `preset`'s configuration.
    public static func train(_ config: EngineConfig, preset: Preset, seed: UInt64) -> String {
        (["clreport train --preset \(preset.rawValue) --seed \(seed)"]
            + config.settings(relativeTo: preset.config).map { "--set \($0)" }).joined(separator: " ")
    }

    /// The configuration of a synthetic sweep point in the report's plan.
    public static func config(_ point: SubTestEvidence.RunPoint, in results: ReportResults) -> EngineConfig? {
        guard let id = SweepID(rawValue: point.sweep), let sweep = results.plan.sweep(id) else { return nil }
        return sweep.points.first { $0.series.description == point.series && $0.x == point.x }?.config
    }
}
