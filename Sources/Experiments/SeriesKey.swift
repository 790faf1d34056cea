import Learning
import Markup

/// Which curve of a sweep a point belongs to. Written to `results.json` (and used in cache
/// identities and embed value names) as its `description`: `nsr-1`, `none-random`, a pruning
/// variant's key, `trajectory`, `baseline`, `temperature=0.2`. A series keeps its style in every figure.
public enum SeriesKey: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The ε_min × NSR sweep at one NSR.
    case nsr(Double)
    /// No pruning, with this dictionary (the baselines of Fig 6).
    case unpruned(DictionaryKind)
    /// A pruning variant, by `PruningVariant.key`.
    case variant(VariantKey)
    /// The long Fig 1 run.
    case trajectory
    /// The base configuration of the sensitivity sweep.
    case baseline
    /// The sensitivity sweep with one field set to a `--set` value.
    case setting(field: String, value: String)

    public var description: String {
        switch self {
        case .nsr(let v): "nsr-\(NumberFormat.label(v))"
        case .unpruned(let d): "none-\(d.rawValue)"
        case .variant(let key): key.rawValue
        case .trajectory: "trajectory"
        case .baseline: "baseline"
        case .setting(let field, let value): "\(field)=\(value)"
        }
    }

    /// The key written as `text` (the inverse of `description`; any other text is a variant key).
    public init(parsing text: String) {
        if text.hasPrefix("nsr-"), let v = Double(text.dropFirst(4)), SeriesKey.nsr(v).description == text {
            self = .nsr(v)
        } else if text.hasPrefix("none-"), let d = DictionaryKind(rawValue: String(text.dropFirst(5))) {
            self = .unpruned(d)
        } else if text == SeriesKey.trajectory.description {
            self = .trajectory
        } else if text == SeriesKey.baseline.description {
            self = .baseline
        } else if let eq = text.firstIndex(of: "=") {
            self = .setting(field: String(text[..<eq]), value: String(text[text.index(after: eq)...]))
        } else {
            self = .variant(VariantKey(text))
        }
    }

    public init(from decoder: Swift.Decoder) throws {
        self.init(parsing: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Swift.Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
