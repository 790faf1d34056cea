import Experiments
import Foundation
import Learning
import Markup
import RunCache

/// The "Assumptions" table: every configuration field with the value used, marking the items the
/// paper leaves OPEN (SPEC) and the values swept by the report.
enum AssumptionsTable {
    /// Fields that are OPEN in the paper (our choice), with what they mean.
    static let open: [String: String] = [
        "dictionary": "how M sits in the coordinate basis", "latent": "latent alphabet of z",
        "minorityFraction": "fraction of features that are minority", "nsr": "noise-to-signal ratio (definition d1σ²/Σp_j)",
        "positivePair": "positive-pair construction", "attentionScale": "attention scale s (0 = d1)",
        "initScale": "σ0 of the initialisation", "biasKappa": "κ of the noise threshold κσ‖w‖",
        "biasMode": "bias schedule after T1", "biasStart": "T1 / T", "biasFreeze": "T2 / T",
        "temperature": "InfoNCE temperature τ", "learningRate": "SGD step η", "weightDecay": "weight decay λ",
        "batchSize": "batch K", "steps": "SGD steps T", "pruneRatio": "pruning ratio α",
        "pruneGranularity": "pruning granularity", "pruneBranch": "which views use the pruned net",
        "pruneStart": "pruning start / T", "pruneRefresh": "mask refresh period (steps)",
        "probeTrain": "ridge-probe training samples", "probeTest": "ridge-probe test samples",
        "trainPairs": "training set size (pairs)", "freshSamples": "training data: fresh batch per step or a fixed set",
        "noiseHeldBy": "noise held by NSR (σ² varies with ε_min) or σ² fixed at its ε_min = 1 value",
        "pruneBiasNorm": "bias threshold under pruning from masked or full rows", "activation": "p0 in p_j = p0·ε_j",
    ]
    static let swept: [String: String] = [
        "epsMin": "swept (ε_min grid)", "nsr": "swept (NSR values)", "pruneRatio": "swept in Fig 6",
        "pruneGranularity": "varied in Fig 6", "pruneBranch": "varied in Fig 6", "dictionary": "varied in Fig 6",
        "steps": "× trajectory factor in Fig 1",
        "freshSamples": "varied in the robustness map", "biasStart": "varied in the robustness map",
        "weightDecay": "varied in the robustness map", "noiseHeldBy": "varied in the robustness map",
        "pruneStart": "varied in the robustness map", "pruneRefresh": "varied in the robustness map",
        "pruneBiasNorm": "varied in the robustness map",
    ]

    /// A configuration value as its JSON spelling says: a JSON boolean is a Bool, a JSON number stays a
    /// number (integers without a decimal point), a string stays a string. Decoding is typed, so a
    /// numeric 0 or 1 can never turn into false/true (JSONSerialization's NSNumber matches `as Bool`).
    enum Value: Decodable, Equatable {
        case bool(Bool), int(Int), double(Double), string(String)

        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let b = try? c.decode(Bool.self) { self = .bool(b) }
            else if let i = try? c.decode(Int.self) { self = .int(i) }
            else if let d = try? c.decode(Double.self) { self = .double(d) }
            else { self = .string(try c.decode(String.self)) }
        }

        var text: String {
            switch self {
            case .bool(let b): b ? "true" : "false"
            case .int(let i): String(i)
            case .double(let d): "\(d)"
            case .string(let s): s
            }
        }
    }

    /// Every field of the configuration with its value as printed, keys sorted.
    static func values(_ config: EngineConfig) -> [(key: String, value: String)] {
        let decoded: [String: Value]
        do { decoded = try CanonicalJSON.decoder.decode([String: Value].self, from: CanonicalJSON.encode(config)) } catch {
            preconditionFailure("AssumptionsTable: EngineConfig does not encode as a flat JSON object: \(error)")
        }
        return decoded.keys.sorted().map { ($0, decoded[$0]!.text) }
    }

    static func html(_ plan: ReportPlan) -> String {
        let rows = values(plan.base).map { key, value in
            [key, value, open[key].map { "OPEN — \($0)" } ?? "", swept[key] ?? ""]
        }
        return HTMLTable(header: ["Field", "Value (base)", "Paper leaves open", "In this report"], textRows: rows,
                          caption: "Every configuration value of the engine (profile \(plan.profile.rawValue)); σ² = \(NumberFormat.format(plan.base.noiseVariance, decimals: 5)) follows from NSR (\(plan.base.noiseHeldBy == .sigma2 ? "σ² taken at ε_min = 1 and held along ε_min" : "NSR held, so σ² varies with ε_min")).").render()
    }
}
